#!/usr/bin/env bash
# The main job on the bundled data, offline: train on the SSA snapshot with 20% of names held
# out, predict a few names, label a customer file, and check the labels against the customers
# who reported their gender. Everything it writes goes to out/main-job/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

out=out/main-job
mkdir -p "$out"
model="$out/model.ngmodel"

echo "== 1. Train on the bundled SSA snapshot (1880-2024), evaluating on 20% of names held out"
./namegender train --input data/ssa-national-decades.csv.gz --holdout 0.2 --name ssa-us-default \
    --output "$model"

echo
echo "== 2. Predict names, full names and non-names"
./namegender predict --model "$model" Tom Allie Jordan "Dr. Maria Lopez" "CARTER, EMILY J" \
    "Mrs Hale" "J. K." Zoë Jean-Michel Xqzvbnt Анна
./namegender predict --model "$model" Leslie --born 1920-1939
./namegender predict --model "$model" Leslie --born 1980-1999

echo
echo "== 3. Label a customer file (every row kept, four columns added)"
./namegender label data/examples/customers.csv --column first_name --model "$model" \
    --output "$out/customers-labelled.csv"
head -n 6 "$out/customers-labelled.csv"

echo
echo "== 4. Check the labels against the customers who reported their gender"
./namegender evaluate --model "$model" --input data/examples/customers.csv \
    --column first_name --truth reported_gender

echo
echo "Done: $model and $out/customers-labelled.csv"
