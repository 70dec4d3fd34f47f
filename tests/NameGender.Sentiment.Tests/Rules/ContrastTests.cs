namespace NameGender.Sentiment.Tests.Rules;

public sealed class ContrastTests
{
    [Fact]
    public void Analyze_But_HalvesWhatComesBeforeAndStressesWhatFollows()
    {
        // good (1.9) × 0.5 + bad (-2.5) × 1.5 = -2.8, normalized: -2.8 / sqrt(2.8² + 15).
        var expected = -2.8 / Math.Sqrt((2.8 * 2.8) + 15);

        var compound = Scored.Compound("The food was good but the service was bad.");

        Assert.Equal(expected, compound, 1e-12);
        Assert.Equal(-0.5859, compound, Scored.FourDecimals);
    }

    [Theory]
    [InlineData("The staff were helpful but rude.", -0.4767)]
    [InlineData("The staff were rude BUT helpful.", 0.4019)]
    public void Analyze_ButInEitherCase_DecidesTheSign(string text, double expected)
    {
        Assert.Equal(expected, Scored.Compound(text), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_SecondBut_ShiftsNothingMore()
    {
        var compound = Scored.Compound("The staff were helpful but the manager was rude but polite.");

        Assert.Equal(-0.4767, compound, Scored.FourDecimals);
    }

    // Known limitation, kept for agreement with the reference port: only "but" and "BUT" count,
    // so a capitalised "But" leaves both halves at full weight.
    [Fact]
    public void Analyze_CapitalisedBut_ShiftsNothing()
    {
        Assert.Equal(-0.0516, Scored.Compound("The staff were rude, But helpful."), Scored.FourDecimals);
    }
}
