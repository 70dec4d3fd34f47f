using NameGender.Feedback.Insights;
using NameGender.Feedback.Storage;
using NameGender.Sentiment;

namespace NameGender.Feedback.Tests.Insights;

/// <summary>Insights weigh records by probability and say plainly what the data support.</summary>
public sealed class GenderInsightsCalculatorTests
{
    [Fact]
    public void Compute_ARecordWithPFemale07_CountsSevenTenthsToWomenAndThreeToMen()
    {
        InsightRow[] rows = [Rated(0.7, 5), Rated(0.7, 5), Rated(1.0, 1), Rated(0.0, 3)];

        var insights = GenderInsightsCalculator.Compute(rows);

        Assert.Equal(2.4, insights.Women.Weight, 10);
        Assert.Equal(1.6, insights.Men.Weight, 10);
        Assert.Equal(((0.7 * 5) + (0.7 * 5) + 1) / 2.4, insights.Women.MeanRating!.Value, 10);
        Assert.Equal(((0.3 * 5) + (0.3 * 5) + 3) / 1.6, insights.Men.MeanRating!.Value, 10);
    }

    [Fact]
    public void Compute_EffectiveCount_IsSquaredSumOverSumOfSquares()
    {
        InsightRow[] rows = [Rated(0.5, 4), Rated(1.0, 5), Rated(1.0, 3)];

        var women = GenderInsightsCalculator.Compute(rows).Women.MeanRating!;

        Assert.Equal(2.5 * 2.5 / 2.25, women.EffectiveCount, 10);
    }

    [Fact]
    public void Compute_PendingAndUnknownWithoutProbability_AreCountedAndLeftOut()
    {
        InsightRow[] rows =
        [
            new(Identified: false, null, 5, null),
            new(Identified: true, null, 1, SentimentLabel.Negative),
            new(Identified: true, 0.6, 4, null),
        ];

        var insights = GenderInsightsCalculator.Compute(rows);

        Assert.Equal((3, 1, 1, 1), (insights.Records, insights.Pending, insights.Unknown, insights.Weighted));
        Assert.Equal(0.6, insights.Women.Weight, 10);
    }

    [Fact]
    public void Compute_ClearDifferenceOnManyRecords_IsMeaningfulAndSaysSo()
    {
        var rows = Enumerable.Range(0, 200).SelectMany(i => new[] { Rated(0.98, 4 + (i % 2)), Rated(0.02, 2 + (i % 2)) });

        var insights = GenderInsightsCalculator.Compute(rows);

        Assert.True(insights.Rating!.Meaningful);
        Assert.True(insights.Rating.Low > 0);
        Assert.StartsWith("Women rate the service 1.9", insights.Answer, StringComparison.Ordinal);
        Assert.EndsWith("; the difference is statistically meaningful.", insights.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SameRatingsForBoth_CannotTellThemApart()
    {
        var rows = Enumerable.Range(0, 60).SelectMany(i => new[] { Rated(0.95, 1 + (i % 5)), Rated(0.05, 1 + ((i + 2) % 5)) });

        var insights = GenderInsightsCalculator.Compute(rows);

        Assert.False(insights.Rating!.Meaningful);
        Assert.True(insights.Rating.Low < 0 && insights.Rating.High > 0);
        Assert.EndsWith("; the data cannot tell them apart.", insights.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OneRecordEach_IsTooFewToCompare()
    {
        var insights = GenderInsightsCalculator.Compute([Rated(0.99, 5), Rated(0.01, 1)]);

        Assert.Null(insights.Women.MeanRating);
        Assert.Null(insights.Rating);
        Assert.StartsWith("There are too few", insights.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_Shares_HaveWilsonIntervalsInsideZeroToOne()
    {
        var rows = Enumerable.Range(0, 40).Select(i => new InsightRow(true, 0.99, null, SentimentLabel.Positive));

        var positive = GenderInsightsCalculator.Compute(rows).Women.PositiveShare!;

        Assert.Equal(1, positive.Value, 10);
        Assert.Equal(1, positive.High, 10);
        Assert.InRange(positive.Low, 0.85, 0.95);
    }

    [Fact]
    public void Compute_WithFixedSeed_IntervalsCoverTheTrueDifferenceAboutNinetyFivePercentOfTheTime()
    {
        // Women rate 0.3 higher by construction (rounding a uniform of width 2 keeps the mean). The
        // probabilities are calibrated and confident, as the predictor's are for common names; a p
        // of 0.99 still counts 1% to men, which moves the target by under 0.01.
        var random = new Random(1);
        var covered = 0;
        const int runs = 400;
        for (var run = 0; run < runs; run++)
        {
            var rows = new List<InsightRow>();
            for (var i = 0; i < 150; i++)
            {
                var p = random.NextDouble() < 0.5 ? 0.99 : 0.01;
                var isWoman = random.NextDouble() < p;
                var rating = Math.Clamp((int)Math.Round(3.2 + (isWoman ? 0.3 : 0) + (random.NextDouble() * 2) - 1), 1, 5);
                rows.Add(Rated(p, rating));
            }

            var difference = GenderInsightsCalculator.Compute(rows).Rating!;
            covered += difference.Low <= 0.3 && 0.3 <= difference.High ? 1 : 0;
        }

        Assert.InRange(covered / (double)runs, 0.92, 0.98);
    }

    private static InsightRow Rated(double pFemale, int rating) => new(true, pFemale, rating, null);
}
