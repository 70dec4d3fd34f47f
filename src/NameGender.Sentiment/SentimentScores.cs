namespace NameGender.Sentiment;

/// <summary>
/// A confidence for each <see cref="SentimentLabel"/>, each in [0, 1] and summing to 1; the
/// result's label always has the highest one. See <see cref="SentimentAnalyzer"/> for how they are
/// derived.
/// </summary>
/// <param name="Positive">Confidence in <see cref="SentimentLabel.Positive"/>.</param>
/// <param name="Negative">Confidence in <see cref="SentimentLabel.Negative"/>.</param>
/// <param name="Neutral">Confidence in <see cref="SentimentLabel.Neutral"/>.</param>
/// <param name="Mixed">Confidence in <see cref="SentimentLabel.Mixed"/>.</param>
public sealed record SentimentScores(double Positive, double Negative, double Neutral, double Mixed)
{
    /// <summary>The confidence in one label.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The label is not one of the four defined.</exception>
    public double this[SentimentLabel label] => label switch
    {
        SentimentLabel.Positive => Positive,
        SentimentLabel.Negative => Negative,
        SentimentLabel.Neutral => Neutral,
        SentimentLabel.Mixed => Mixed,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a sentiment label."),
    };
}
