namespace NameGender.Sentiment;

/// <summary>The sentiment of one text: its label, a confidence per label and VADER's own scores.</summary>
/// <param name="Label">The overall sentiment.</param>
/// <param name="Scores">
/// A confidence per label, summing to 1; <paramref name="Label"/> has the highest.
/// </param>
/// <param name="Compound">
/// VADER's normalized compound score in [-1, 1]: the sum of the words' valences after the rules,
/// mapped through x / sqrt(x² + 15). Below -0.05 reads as negative, above 0.05 as positive.
/// </param>
/// <param name="PositiveProportion">
/// VADER's share of the text that is positive: the positive words' weight (valence + 1 each) over
/// the total weight, where every word without sentiment weighs 1. In [0, 1].
/// </param>
/// <param name="NegativeProportion">VADER's share of the text that is negative, likewise.</param>
/// <param name="NeutralProportion">
/// VADER's share of the text without sentiment. The three proportions sum to 1; a text with no
/// words (empty, whitespace, single characters) is wholly neutral.
/// </param>
public sealed record SentimentResult(
    SentimentLabel Label,
    SentimentScores Scores,
    double Compound,
    double PositiveProportion,
    double NegativeProportion,
    double NeutralProportion);
