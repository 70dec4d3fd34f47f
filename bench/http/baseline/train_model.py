"""Fits the baseline's model: the original design's small scikit-learn classifier.

Character n-grams of the lower-cased name into a logistic regression, fitted on the majority sex
of the most frequent names of the bundled SSA snapshot. Written with joblib for app.py to load.

    python3 train_model.py SNAPSHOT.csv.gz OUT.joblib
"""

import csv
import gzip
import sys
from collections import defaultdict

import joblib
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

# The original served a model of this size; more names change its speed very little.
NAMES = 20_000
SEED = 1


def main(snapshot, output):
    births = defaultdict(lambda: [0, 0])
    with gzip.open(snapshot, "rt", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            births[row["name"].lower()][row["sex"] == "F"] += int(row["births"])

    frequent = sorted(births.items(), key=lambda item: -sum(item[1]))[:NAMES]
    names = [name for name, _ in frequent]
    labels = ["F" if female > male else "M" for _, (male, female) in frequent]

    model = make_pipeline(
        HashingVectorizer(analyzer="char_wb", ngram_range=(1, 4), n_features=2**18, alternate_sign=False),
        LogisticRegression(C=10, max_iter=1000, random_state=SEED),
    )
    model.fit(names, labels)
    joblib.dump(model, output)
    print(f"baseline model: {len(names)} names, training accuracy {model.score(names, labels):.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
