#!/usr/bin/env python3
"""How should countries' estimates for a name be pooled when the country is not known?

Measures the weightings CountryWeighting offers by leaving one country out: for every name that
two or more sources hold, and every country where that name has a clear majority (at least 10
counted and a 60/40 split), the other sources' smoothed P(female) are averaged with each weighting
and the average is scored against the left-out country's majority. A customer whose country is
unknown is like that left-out country. Sources: the 14 official country files and WGND (labels,
weight 10 each, as the importer counts them; never left out itself) under ../shared/data/intl-names,
and the bundled SSA snapshot as US.

    python3 bench/pooling-weighting.py        (about 10 s)
"""

import collections
import csv
import glob
import gzip
import math
import os
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "data", "intl-names")
LABEL_WEIGHT = 10


def key(name):
    """Close to NameNormalizer for plain given names: lower case, accents folded, letters only."""
    folded = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch) and ch.isalpha())


def read_counts():
    counts = collections.defaultdict(lambda: collections.defaultdict(lambda: [0.0, 0.0]))
    for path in sorted(glob.glob(os.path.join(SHARED, "??.csv"))):
        country = os.path.basename(path)[:2].upper()
        with open(path, encoding="utf-8") as rows:
            for row in csv.DictReader(rows):
                sex = (row.get("sex") or "").strip().upper()[:1]
                name = key(row["name"])
                if sex in ("F", "M") and name and row.get("count"):
                    counts[name][country][0 if sex == "F" else 1] += float(row["count"])
    with open(os.path.join(SHARED, "wgnd-1.0-noctry.csv"), encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            sex = (row.get("gender") or "").strip().upper()
            name = key(row["name"])
            if sex in ("F", "M") and name:
                counts[name]["WGND"][0 if sex == "F" else 1] += LABEL_WEIGHT
    with gzip.open(os.path.join(ROOT, "data", "ssa-national-decades.csv.gz"), "rt", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            counts[key(row["name"])]["US"][0 if row["sex"] == "F" else 1] += float(row["births"])
    return counts


WEIGHTINGS = {
    "equal": lambda evidence: 1.0,
    "log_evidence": lambda evidence: math.log(1 + evidence),
    "square_root_evidence": math.sqrt,
    "evidence (raw sums)": lambda evidence: evidence,
}


def main():
    counts = read_counts()
    right = {name: 0 for name in WEIGHTINGS}
    by_country = {name: collections.defaultdict(lambda: [0, 0]) for name in WEIGHTINGS}
    pairs = 0
    for sources in counts.values():
        if len(sources) < 2:
            continue
        for country, (female, male) in sources.items():
            total = female + male
            if country == "WGND" or total < 10 or abs(female - male) / total < 0.2:
                continue
            others = [(f, m) for c, (f, m) in sources.items() if c != country and f + m > 0]
            pairs += 1
            for name, weight in WEIGHTINGS.items():
                # Laplace smoothing stands in for the product's prior towards the model's guess.
                pooled = sum(weight(f + m) * (f + 1) / (f + m + 2) for f, m in others)
                pooled /= sum(weight(f + m) for f, m in others)
                correct = (pooled >= 0.5) == (female > male)
                right[name] += correct
                by_country[name][country][0] += correct
                by_country[name][country][1] += 1

    print(f"{pairs:,} (name, left-out country) pairs")
    print(f"{'weighting':24s} {'accuracy':>9s} {'mean over countries':>20s}")
    for name in WEIGHTINGS:
        macro = sum(r / n for r, n in by_country[name].values()) / len(by_country[name])
        print(f"{name:24s} {right[name] / pairs:9.4f} {macro:20.4f}")


if __name__ == "__main__":
    main()
