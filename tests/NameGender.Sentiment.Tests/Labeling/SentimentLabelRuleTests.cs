using NameGender.Sentiment.Labeling;
using NameGender.Sentiment.Scoring;

namespace NameGender.Sentiment.Tests.Labeling;

public sealed class SentimentLabelRuleTests
{
    [Theory]
    [InlineData(0.05, SentimentLabel.Positive)]
    [InlineData(0.0499, SentimentLabel.Neutral)]
    [InlineData(0, SentimentLabel.Neutral)]
    [InlineData(-0.0499, SentimentLabel.Neutral)]
    [InlineData(-0.05, SentimentLabel.Negative)]
    public void Polarity_Compound_UsesVaderThresholds(double compound, SentimentLabel expected)
    {
        Assert.Equal(expected, SentimentLabelRule.Polarity(compound));
    }

    [Fact]
    public void Decide_CompoundAtThreshold_SplitsLeaningEvenlyAndLabelsPositive()
    {
        var (label, scores) = SentimentLabelRule.Decide(new VaderScores(0.05, 0.2, 0, 0.8));

        Assert.Equal(SentimentLabel.Positive, label);
        Assert.Equal(0.5, scores.Positive, 1e-12);
        Assert.Equal(0.5, scores.Neutral, 1e-12);
    }

    [Theory]
    [InlineData(0.3, 0.15, 0.5)]
    [InlineData(0.12, 0.1, 0.1 / 0.12)]
    [InlineData(0.3, 0.05, 0.05 / 0.3 * 0.5)]
    public void Decide_BothSidesPresent_MixedIsBalanceScaledBySubstance(
        double positive, double negative, double expectedMixed)
    {
        var vader = new VaderScores(0.2, positive, negative, 1 - positive - negative);

        var (_, scores) = SentimentLabelRule.Decide(vader);

        Assert.Equal(expectedMixed, scores.Mixed, 1e-12);
    }

    [Fact]
    public void Decide_MixedScoreOfHalf_BeatsEvenADecisiveCompound()
    {
        var (label, _) = SentimentLabelRule.Decide(new VaderScores(-0.9, 0.2, 0.4, 0.4));

        Assert.Equal(SentimentLabel.Mixed, label);
    }

    [Fact]
    public void Decide_MixedScoreBelowAThird_LosesEvenToTheWeakestCompoundVerdict()
    {
        var (label, scores) = SentimentLabelRule.Decide(new VaderScores(-0.05, 0.1, 0.32, 0.58));

        Assert.Equal(0.3125, scores.Mixed, 1e-12);
        Assert.Equal(SentimentLabel.Negative, label);
    }
}
