namespace NameGender.Sentiment.Scoring;

/// <summary>VADER's scores of one text: the compound and the positive, negative, neutral shares.</summary>
internal readonly record struct VaderScores(
    double Compound, double Positive, double Negative, double Neutral)
{
    /// <summary>
    /// VADER's normalization constant: it approximates the largest summed valence expected in a
    /// sentence, so compounds spread over (-1, 1) without piling up at the ends.
    /// </summary>
    private const double Alpha = 15;

    /// <summary>A text without tokens: no sentiment, wholly neutral.</summary>
    public static VaderScores Empty { get; } = new(0, 0, 0, 1);

    /// <summary>Sums the token valences, adds punctuation emphasis and normalizes, as VADER does.</summary>
    public static VaderScores From(ReadOnlySpan<double> valences, double punctuationEmphasis)
    {
        var sum = 0.0;
        var positiveWeight = 0.0;
        var negativeWeight = 0.0;
        var neutralCount = 0;
        foreach (var valence in valences)
        {
            sum += valence;

            // Each sentiment word weighs its valence plus the 1 a neutral word weighs.
            if (valence > 0)
            {
                positiveWeight += valence + 1;
            }
            else if (valence < 0)
            {
                negativeWeight += valence - 1;
            }
            else
            {
                neutralCount++;
            }
        }

        // Punctuation strengthens whichever side the text leans to; a text at exactly zero stays there.
        if (sum > 0)
        {
            sum += punctuationEmphasis;
        }
        else if (sum < 0)
        {
            sum -= punctuationEmphasis;
        }

        var negativeSize = Math.Abs(negativeWeight);
        if (positiveWeight > negativeSize)
        {
            positiveWeight += punctuationEmphasis;
        }
        else if (positiveWeight < negativeSize)
        {
            negativeWeight -= punctuationEmphasis;
            negativeSize = Math.Abs(negativeWeight);
        }

        // x / sqrt(x² + α) never leaves [-1, 1], so unlike the reference this needs no clamping.
        var compound = sum / Math.Sqrt((sum * sum) + Alpha);
        var total = positiveWeight + negativeSize + neutralCount;
        return new VaderScores(
            compound,
            positiveWeight / total,
            negativeSize / total,
            neutralCount / total);
    }
}
