"""The original design's serving stack, rebuilt as the benchmark's baseline.

A Flask app in the shape of a SageMaker scikit-learn container: GET /ping, and POST /invocations
reading CSV names and answering {"name": "M" | "F" | "U"}. Run under gunicorn with 2 sync workers.
The model file comes from BASELINE_MODEL (see train_model.py).
"""

import csv
import io
import os

import joblib
from flask import Flask, Response, jsonify, request

# Below this probability of the likelier sex the answer is unknown, as in NameGender.
THRESHOLD = 0.75

app = Flask(__name__)
model = joblib.load(os.environ["BASELINE_MODEL"])


@app.route("/ping", methods=["GET"])
def ping():
    return Response(status=200)


@app.route("/invocations", methods=["POST"])
def invocations():
    if request.content_type is None or not request.content_type.lower().startswith("text/csv"):
        return Response("text/csv only", status=415)

    text = request.get_data().decode("utf-8")
    names = [field.strip() for row in csv.reader(io.StringIO(text)) for field in row if field.strip()]
    if not names:
        return Response("no names", status=400)

    answers = {}
    for name, p_female in zip(names, model.predict_proba([n.lower() for n in names])[:, 0]):
        confidence = max(p_female, 1 - p_female)
        answers[name] = "U" if confidence < THRESHOLD else ("F" if p_female >= 0.5 else "M")
    return jsonify(answers)
