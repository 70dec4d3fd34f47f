namespace NameGender.Sentiment.Tests.Rules;

public sealed class PunctuationTests
{
    [Theory]
    [InlineData("The staff were helpful.", 0.4215)]
    [InlineData("The staff were helpful!", 0.4753)]
    [InlineData("The staff were helpful!!!", 0.5684)]
    [InlineData("The staff were helpful ! ! ! !", 0.6083)]
    public void Analyze_ExclamationMarks_EachAddEmphasis(string text, double expected)
    {
        Assert.Equal(expected, Scored.Compound(text), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_MoreThanFourExclamationMarks_CountAsFour()
    {
        Assert.Equal(
            Scored.Compound("The staff were helpful ! ! ! !"),
            Scored.Compound("The staff were helpful ! ! ! ! ! !"));
    }

    [Theory]
    [InlineData("Were the staff helpful ?", 0.4215)]
    [InlineData("Were the staff helpful ? ?", 0.4871)]
    [InlineData("Were the staff helpful ? ? ?", 0.5171)]
    [InlineData("Were the staff helpful ? ? ? ?", 0.5803)]
    [InlineData("Were the staff helpful ? ? ? ? ? ?", 0.5803)]
    public void Analyze_QuestionMarks_AddEmphasisFromTheSecond(string text, double expected)
    {
        Assert.Equal(expected, Scored.Compound(text), Scored.FourDecimals);
    }

    [Fact]
    public void Analyze_ExclamationMarksOnNeutralText_StayNeutral()
    {
        var result = Scored.Analyzer.Analyze("The parcel arrives on Monday!!!");

        Assert.Equal(0, result.Compound);
        Assert.Equal(SentimentLabel.Neutral, result.Label);
    }

    // Known limitation, kept for agreement with the reference port: a run of marks that VADER's
    // list lacks ("!!!!", "...") stays glued to the word, which the lexicon then does not know.
    [Theory]
    [InlineData("The staff were helpful!!!!")]
    [InlineData("The staff were helpful...")]
    [InlineData("The staff were (helpful)")]
    public void Analyze_WordGluedToUnlistedPunctuation_ScoresNothing(string text)
    {
        Assert.Equal(0, Scored.Compound(text));
    }
}
