using NameGender.Sentiment.Scoring;

namespace NameGender.Sentiment.Labeling;

/// <summary>
/// Turns VADER's scores into a label and a confidence per label. See <see cref="SentimentAnalyzer"/>
/// for the rule in words.
/// </summary>
internal static class SentimentLabelRule
{
    /// <summary>VADER's published threshold: |compound| at or above it reads as polar.</summary>
    public const double PolarityThreshold = 0.05;

    /// <summary>
    /// The share of the text each side needs before the mix counts in full: about one clearly
    /// valenced word (weight ≈ 2.5) in a 20-word sentence. Below it, mixedness fades out linearly,
    /// so stray words in a long review do not make it mixed.
    /// </summary>
    public const double SubstantialShare = 0.1;

    /// <summary>The three-way label VADER's compound alone gives, with VADER's thresholds.</summary>
    public static SentimentLabel Polarity(double compound) => compound switch
    {
        >= PolarityThreshold => SentimentLabel.Positive,
        <= -PolarityThreshold => SentimentLabel.Negative,
        _ => SentimentLabel.Neutral,
    };

    public static (SentimentLabel Label, SentimentScores Scores) Decide(VaderScores vader)
    {
        var mixed = Mixedness(vader.Positive, vader.Negative);

        // Confidence that the text leans at all: 1/2 exactly at VADER's threshold, near 1 far past it.
        var strength = Math.Abs(vader.Compound);
        var leaning = strength / (strength + PolarityThreshold);

        var directional = (1 - mixed) * leaning;
        var neutral = (1 - mixed) * (1 - leaning);
        var polarity = Polarity(vader.Compound);
        var scores = new SentimentScores(
            Positive: vader.Compound > 0 ? directional : 0,
            Negative: vader.Compound < 0 ? directional : 0,
            Neutral: neutral,
            Mixed: mixed);

        // Mixed must beat the compound's own verdict, whose confidence is the larger of the two.
        var label = mixed > Math.Max(directional, neutral) ? SentimentLabel.Mixed : polarity;
        return (label, scores);
    }

    /// <summary>
    /// How balanced the positive and negative shares are (smaller over larger: 1 when equal, 0 when
    /// one is absent), scaled down while the smaller share is below <see cref="SubstantialShare"/>.
    /// </summary>
    private static double Mixedness(double positive, double negative)
    {
        var smaller = Math.Min(positive, negative);
        if (smaller <= 0)
        {
            return 0;
        }

        var balance = smaller / Math.Max(positive, negative);
        return balance * Math.Min(1, smaller / SubstantialShare);
    }
}
