using NameGender.Feedback.Storage;
using NameGender.Sentiment;

namespace NameGender.Feedback.Insights;

/// <summary>
/// Compares women and men by probability, not by hard label: a record with p_female 0.7 counts 0.7
/// to women and 0.3 to men. A record whose gender is unknown because its probability fell below
/// the threshold still has that probability and counts by it (leaving it out would drop exactly
/// the customers with unisex names); only records without a probability are left out.
/// </summary>
/// <remarks>
/// Each group's mean rating has a t interval on its linearized standard error with n_eff − 1
/// degrees of freedom; each share a Wilson score interval with n = n_eff. A difference has a t
/// interval on the linearized variance of women's minus men's mean, which accounts for records
/// counted in both groups, with min(n_eff) − 1 degrees of freedom. A group needs an n_eff of at
/// least <see cref="MinEffectiveCount"/> for an estimate.
/// </remarks>
public static class GenderInsightsCalculator
{
    public const double Confidence = 0.95;

    public const double MinEffectiveCount = 2;

    // The normal quantile for a two-sided 95% interval, used by Wilson's interval.
    private const double Z = 1.959963984540054;

    public static GenderInsights Compute(IEnumerable<InsightRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        int records = 0, pending = 0, unknown = 0;
        var probabilities = new List<double>();
        var ratings = new List<(double P, double Rating)>();
        var sentiments = new List<(double P, SentimentLabel Label)>();
        foreach (var row in rows)
        {
            records++;
            if (!row.Identified)
            {
                pending++;
                continue;
            }

            if (row.PFemale is not { } p)
            {
                unknown++;
                continue;
            }

            probabilities.Add(p);
            if (row.Rating is { } stars)
            {
                ratings.Add((p, stars));
            }

            if (row.Sentiment is { } label)
            {
                sentiments.Add((p, label));
            }
        }

        var rating = Measure.Of(ratings.Select(r => r.P), ratings.Select(r => r.Rating));
        var positive = Measure.Of(sentiments.Select(s => s.P), sentiments.Select(s => Is(s.Label, SentimentLabel.Positive)));
        var negative = Measure.Of(sentiments.Select(s => s.P), sentiments.Select(s => Is(s.Label, SentimentLabel.Negative)));

        var women = new GroupInsights(
            probabilities.Count(p => p > 0.5), probabilities.Sum(),
            MeanInterval(rating.Women), ShareInterval(positive.Women), ShareInterval(negative.Women));
        var men = new GroupInsights(
            probabilities.Count(p => p < 0.5), probabilities.Sum(p => 1 - p),
            MeanInterval(rating.Men), ShareInterval(positive.Men), ShareInterval(negative.Men));

        var ratingComparison = Compare(rating, InsightSentences.Rating);
        var positiveComparison = Compare(positive, d => InsightSentences.Share("positive", d));
        var negativeComparison = Compare(negative, d => InsightSentences.Share("negative", d));
        var answer = ratingComparison?.Sentence ?? positiveComparison?.Sentence ?? InsightSentences.TooFew;

        return new GenderInsights(
            records, pending, unknown, probabilities.Count, women, men,
            ratingComparison, positiveComparison, negativeComparison, answer);
    }

    private static double Is(SentimentLabel label, SentimentLabel wanted) => label == wanted ? 1 : 0;

    private static Estimate? MeanInterval(WeightedSample sample)
    {
        if (sample.EffectiveCount < MinEffectiveCount)
        {
            return null;
        }

        var half = StudentT.Critical(Confidence, sample.EffectiveCount - 1) * Math.Sqrt(sample.Variance());
        return new Estimate(sample.Mean, sample.Mean - half, sample.Mean + half, sample.EffectiveCount, sample.Records);
    }

    private static Estimate? ShareInterval(WeightedSample sample)
    {
        if (sample.EffectiveCount < MinEffectiveCount)
        {
            return null;
        }

        // Wilson's score interval stays inside [0, 1] and keeps its coverage near 0 and 1, where
        // satisfaction shares often are; n is the effective count, not the number of records.
        var n = sample.EffectiveCount;
        var p = sample.Mean;
        var z2 = Z * Z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = Z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new Estimate(p, Math.Max(0, centre - half), Math.Min(1, centre + half), n, sample.Records);
    }

    private static Comparison? Compare(Measure measure, Func<Comparison, string> sentence)
    {
        var (women, men) = (measure.Women, measure.Men);
        if (women.EffectiveCount < MinEffectiveCount || men.EffectiveCount < MinEffectiveCount)
        {
            return null;
        }

        double sum = 0;
        for (var i = 0; i < women.Count; i++)
        {
            var influence = women.Influence(i) - men.Influence(i);
            sum += influence * influence;
        }

        var variance = sum * women.Count / (women.Count - 1);
        var degrees = Math.Min(women.EffectiveCount, men.EffectiveCount) - 1;
        var half = StudentT.Critical(Confidence, degrees) * Math.Sqrt(variance);
        var difference = women.Mean - men.Mean;
        var low = difference - half;
        var high = difference + half;
        var comparison = new Comparison(difference, low, high, low > 0 || high < 0, string.Empty);
        return comparison with { Sentence = sentence(comparison) };
    }

    /// <summary>One measure's values with the women's and the men's weights.</summary>
    private sealed record Measure(WeightedSample Women, WeightedSample Men)
    {
        public static Measure Of(IEnumerable<double> pFemale, IEnumerable<double> values)
        {
            var p = pFemale.ToArray();
            var y = values.ToArray();
            return new Measure(new WeightedSample(y, p), new WeightedSample(y, p.Select(x => 1 - x).ToArray()));
        }
    }
}
