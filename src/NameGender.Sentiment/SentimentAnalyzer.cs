using NameGender.Sentiment.Labeling;
using NameGender.Sentiment.Lexicon;
using NameGender.Sentiment.Scoring;
using NameGender.Sentiment.Text;

namespace NameGender.Sentiment;

/// <summary>
/// Scores the sentiment of short English texts such as customer feedback, with the lexicon and
/// rules of VADER (Hutto &amp; Gilbert, 2014): word valences from VADER's lexicon, boosters and
/// dampeners, negation within three words, "but", capitals, "!" and "??" emphasis, "least",
/// "never so" and a few idioms. Its compound scores follow the <c>vader-sentiment</c> 1.1.3 npm
/// port, including that port's case-sensitive matching of "not", "never" and "but".
/// </summary>
/// <remarks>
/// <para>
/// Label rule. VADER's compound gives the three-way polarity with VADER's published thresholds:
/// compound ≥ 0.05 is <see cref="SentimentLabel.Positive"/>, ≤ -0.05
/// <see cref="SentimentLabel.Negative"/>, otherwise <see cref="SentimentLabel.Neutral"/>.
/// <see cref="SentimentLabel.Mixed"/> overrides it when the mixed score below beats the
/// compound's own verdict: always when the mixed score is above 1/2 (for example both proportions
/// above 0.1 and the smaller more than half the larger), never when it is below 1/3.
/// </para>
/// <para>
/// Scores. mixed = (smaller proportion / larger proportion) × min(1, smaller proportion / 0.1),
/// so a mix needs both sides present, balanced, and each at least about one clearly valenced word
/// in twenty; leaning = |compound| / (|compound| + 0.05), which is 1/2 exactly at the threshold.
/// Then Mixed = mixed, the compound's side (Positive or Negative) = (1 − mixed) × leaning,
/// Neutral = (1 − mixed) × (1 − leaning), and the other side 0. They sum to 1, and the label is
/// always the highest-scoring one. The scores are rule-derived confidences, not calibrated
/// probabilities.
/// </para>
/// <para>
/// Thread-safe: an instance holds no mutable state, and the lexicon is read once per process.
/// </para>
/// </remarks>
public sealed class SentimentAnalyzer
{
    private readonly ValenceLexicon _lexicon;

    /// <summary>Creates an analyzer over the VADER lexicon embedded in this assembly.</summary>
    public SentimentAnalyzer()
    {
        _lexicon = ValenceLexicon.Shared;
    }

    /// <summary>Scores one text.</summary>
    /// <param name="text">The text; empty or whitespace-only text is neutral.</param>
    /// <returns>The label, a confidence per label and VADER's own scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public SentimentResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var tokens = SentimentTokenizer.Tokenize(text);
        var vader = tokens.Length == 0
            ? VaderScores.Empty
            : VaderScores.From(TokenValences.Compute(tokens, _lexicon), PunctuationEmphasis.Of(text));

        var (label, scores) = SentimentLabelRule.Decide(vader);
        return new SentimentResult(
            label, scores, vader.Compound, vader.Positive, vader.Negative, vader.Neutral);
    }
}
