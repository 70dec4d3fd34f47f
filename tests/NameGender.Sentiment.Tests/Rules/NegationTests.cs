namespace NameGender.Sentiment.Tests.Rules;

public sealed class NegationTests
{
    [Theory]
    [InlineData("The staff were helpful.", 0.4215)]
    [InlineData("The staff were not helpful.", -0.3252)]
    [InlineData("The staff weren't helpful.", -0.3252)]
    [InlineData("The staff were never helpful.", -0.3252)]
    [InlineData("We waited, not helpful.", -0.3252)]
    public void Analyze_NegationJustBefore_FlipsAndShrinksValence(string text, double expected)
    {
        Assert.Equal(expected, Scored.Compound(text), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_NegationThreeWordsBack_StillNegates()
    {
        Assert.Equal(-0.3252, Scored.Compound("The staff were not at all helpful."), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_NegationFourWordsBack_IsOutOfReach()
    {
        var compound = Scored.Compound("The staff were not really all that helpful.");

        Assert.Equal(0.4703, compound, Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_NegatedNegativeWord_TurnsMildlyPositive()
    {
        var result = Scored.Analyzer.Analyze("The room was not bad.");

        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal(0.431, result.Compound, Scored.FourDecimals);
    }

    // Known limitation, kept for agreement with the reference port: negating words match
    // case-sensitively, so a capitalised sentence-initial "Not" does not negate.
    [Fact]
    public void Analyze_CapitalisedSentenceInitialNot_DoesNotNegate()
    {
        Assert.Equal(0.4215, Scored.Compound("Not helpful."), Scored.FourDecimals);
    }
}
