namespace NameGender.Sentiment.Tests.Rules;

public sealed class CapitalsTests
{
    [Fact]
    public void Analyze_ShoutedSentimentWordInMixedCase_AddsEmphasis()
    {
        // helpful (1.8) + 0.733.
        var expected = 2.533 / Math.Sqrt((2.533 * 2.533) + 15);

        var compound = Scored.Compound("The staff were HELPFUL.");

        Assert.Equal(expected, compound, 1e-12);
        Assert.Equal(0.5473, compound, Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_ShoutedBooster_AddsEmphasisToTheBoost()
    {
        Assert.Equal(0.5894, Scored.Compound("The staff were VERY helpful."), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_TextAllInCapitals_StressesNothing()
    {
        var shouted = Scored.Compound("THE STAFF WERE HELPFUL.");

        Assert.Equal(Scored.Compound("The staff were helpful."), shouted);
        Assert.Equal(0.4215, shouted, Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_ShoutedNegativeWord_GetsMoreNegative()
    {
        Assert.Equal(-0.5766, Scored.Compound("The staff were RUDE."), Scored.FourDecimals);
        Assert.Equal(-0.4588, Scored.Compound("The staff were rude."), Scored.FourDecimals);
    }
}
