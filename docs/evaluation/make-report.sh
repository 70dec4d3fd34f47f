#!/usr/bin/env bash
# Rebuilds the evaluation report of the bundled model's recipe on the SSA held-out split: the names
# whose lower-case MD5's first 8 hex digits are divisible by 5 (the split `train --holdout 0.2`
# uses), evaluated with a model trained without them (--holdout-only). About two minutes on 2 cores.
# Writes ssa-heldout.html, ssa-heldout.json and the figures (*.png) beside this script; the
# labelled file and the model go to out/evaluation/ (ignored by git).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
here=docs/evaluation
work=out/evaluation
mkdir -p "$work"

# The held-out names' births per sex, from the bundled snapshot (name,sex,decade,births).
python3 - data/ssa-national-decades.csv.gz "$work/ssa-heldout.csv" <<'PY'
import collections, csv, gzip, hashlib, sys
births = collections.defaultdict(lambda: [0, 0])
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as snapshot:
    for row in csv.DictReader(snapshot):
        name = row["name"].lower()
        if int(hashlib.md5(name.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0:
            births[name][0 if row["sex"] == "F" else 1] += int(row["births"])
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "births_f", "births_m"])
    for name in sorted(births):
        writer.writerow([name, *births[name]])
PY

./namegender train --input data/ssa-national-decades.csv.gz --holdout 0.2 --holdout-only \
  --name ssa-heldout --output "$work/holdout-only.ngmodel"
./namegender evaluate --model "$work/holdout-only.ngmodel" --input "$work/ssa-heldout.csv" \
  --report "$here/ssa-heldout.html" --figures "$here" --json >"$here/ssa-heldout.json"
