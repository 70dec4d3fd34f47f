namespace NameGender.Sentiment.Tests.Rules;

public sealed class LookBackTests
{
    [Fact]
    public void Analyze_LeastBeforeWord_Negates()
    {
        Assert.Equal(-0.3252, Scored.Compound("The least helpful staff."), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_AtLeast_DoesNotNegate()
    {
        Assert.Equal(0.4215, Scored.Compound("At least the staff were helpful."), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_NeverSo_Intensifies()
    {
        Assert.Equal(0.6948, Scored.Compound("I have never been so happy."), Scored.FourDecimals);
    }

    [Theory]
    [InlineData("That burger is the bomb.", 0.6124)]
    [InlineData("They are the bomb", 0.6124)]
    public void Analyze_Idiom_ReplacesTheWordsValence(string text, double expected)
    {
        // "bomb" alone is negative; "the bomb" is worth +3: 3 / sqrt(9 + 15).
        Assert.Equal(expected, Scored.Compound(text), Scored.FourDecimals);
    }
}
