// Scores every sentence of a file with the reference VADER port (the vader-sentiment npm package
// pinned by package-lock.json) and prints them as one JSON array, in file order.
// Usage: node score.js SENTENCES_FILE
// Sentences are one a line; blank lines and lines starting with '#' are skipped, the same rule the
// C# test applies, so the two lists line up.
'use strict';

const fs = require('fs');
const path = require('path');
const vader = require(path.join(__dirname, 'node_modules', 'vader-sentiment'));

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node score.js SENTENCES_FILE\n');
  process.exit(2);
}

const sentences = fs
  .readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.length > 0 && !line.startsWith('#'));

const scored = sentences.map((text) => {
  const scores = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  return { text, compound: scores.compound, pos: scores.pos, neg: scores.neg, neu: scores.neu };
});

process.stdout.write(JSON.stringify(scored));
