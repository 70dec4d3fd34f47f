namespace NameGender.Sentiment.Tests.Rules;

public sealed class BoosterTests
{
    [Theory]
    [InlineData("The staff were helpful.", 0.4215)]
    [InlineData("The staff were very helpful.", 0.4754)]
    [InlineData("The staff were extremely extremely helpful.", 0.5222)]
    [InlineData("The staff were rude.", -0.4588)]
    [InlineData("The staff were very rude.", -0.5095)]
    public void Analyze_Booster_PushesValenceAwayFromZero(string text, double expected)
    {
        Assert.Equal(expected, Scored.Compound(text), Scored.FourDecimals);
    }

    [Theory]
    [InlineData("The staff were slightly helpful.", 0.3626)]
    [InlineData("The staff were kind of helpful.", 0.3626)]
    [InlineData("The staff were slightly rude.", -0.4033)]
    public void Analyze_Dampener_PullsValenceTowardsZero(string text, double expected)
    {
        Assert.Equal(expected, Scored.Compound(text), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_KindOf_IsAHedgeNotPraise()
    {
        // "kind" alone is a positive lexicon word; followed by "of" it carries no valence.
        var result = Scored.Analyzer.Analyze("The update is kind of late.");

        Assert.Equal(0, result.Compound);
        Assert.Equal(1, result.NeutralProportion);
    }

    [Fact]
    public void Analyze_BoosterTwoWordsBack_FadesToNinetyFivePercent()
    {
        // helpful (1.8) + 0.293 × 0.95 = 2.07835, normalized by x / sqrt(x² + 15).
        var expected = 2.07835 / Math.Sqrt((2.07835 * 2.07835) + 15);

        Assert.Equal(expected, Scored.Compound("The staff were very often helpful."), 1e-12);
    }
}
