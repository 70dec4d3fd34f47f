namespace NameGender.Sentiment.Tests.Labeling;

public sealed class LabelTests
{
    [Theory]
    [InlineData("The staff were very helpful.", SentimentLabel.Positive)]
    [InlineData("The staff were very rude.", SentimentLabel.Negative)]
    [InlineData("The parcel arrives on Monday.", SentimentLabel.Neutral)]
    [InlineData("The food was great and the service was terrible.", SentimentLabel.Mixed)]
    public void Analyze_Text_GetsExpectedLabel(string text, SentimentLabel expected)
    {
        Assert.Equal(expected, Scored.Analyzer.Analyze(text).Label);
    }

    [Fact]
    public void Analyze_NeutralStatement_IsWhollyNeutral()
    {
        var result = Scored.Analyzer.Analyze("The parcel arrives on Monday.");

        Assert.Equal(new SentimentScores(Positive: 0, Negative: 0, Neutral: 1, Mixed: 0), result.Scores);
        Assert.Equal(0, result.PositiveProportion);
        Assert.Equal(0, result.NegativeProportion);
        Assert.Equal(1, result.NeutralProportion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("a")]
    [InlineData("I . ! ?")]
    public void Analyze_TextWithoutWords_IsNeutralWithNothingScored(string text)
    {
        var result = Scored.Analyzer.Analyze(text);

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Equal(0, result.Compound);
        Assert.Equal(1, result.NeutralProportion);
        Assert.Equal(1, result.Scores.Neutral);
    }

    [Fact]
    public void Analyze_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Scored.Analyzer.Analyze(null!));
    }

    [Fact]
    public void Analyze_BalancedPraiseAndComplaint_IsMixedWithDerivedScores()
    {
        var result = Scored.Analyzer.Analyze("The food was great and the service was terrible.");

        // great 3.1 and terrible -2.1 among 7 neutral words: shares 4.1/14.2 and 3.1/14.2.
        Assert.Equal(4.1 / 14.2, result.PositiveProportion, 1e-12);
        Assert.Equal(3.1 / 14.2, result.NegativeProportion, 1e-12);
        Assert.Equal(0.25, result.Compound, Scored.FourDecimals);

        var mixed = 3.1 / 4.1;
        var leaning = result.Compound / (result.Compound + 0.05);
        Assert.Equal(SentimentLabel.Mixed, result.Label);
        Assert.Equal(mixed, result.Scores.Mixed, 1e-12);
        Assert.Equal((1 - mixed) * leaning, result.Scores.Positive, 1e-12);
        Assert.Equal((1 - mixed) * (1 - leaning), result.Scores.Neutral, 1e-12);
        Assert.Equal(0, result.Scores.Negative);
    }

    [Fact]
    public void Analyze_OneSidedText_HasNoMixedScore()
    {
        var result = Scored.Analyzer.Analyze("The staff were helpful and kind.");

        Assert.Equal(0, result.Scores.Mixed);
        Assert.Equal(0, result.Scores.Negative);
    }

    [Theory]
    [InlineData("The staff were very helpful.")]
    [InlineData("The staff were rude, But helpful.")]
    [InlineData("The food was great but the service was terrible.")]
    [InlineData("Beautiful dress, awful fit.")]
    [InlineData("Please send the invoice to my work address.")]
    [InlineData("Not good at all.")]
    public void Analyze_AnyText_ScoresSumToOneAndLabelScoresHighest(string text)
    {
        var result = Scored.Analyzer.Analyze(text);
        var scores = result.Scores;

        Assert.Equal(1, scores.Positive + scores.Negative + scores.Neutral + scores.Mixed, 1e-12);
        Assert.All(
            Enum.GetValues<SentimentLabel>(),
            label => Assert.True(scores[result.Label] >= scores[label], $"{label} beats {result.Label}"));
    }
}
