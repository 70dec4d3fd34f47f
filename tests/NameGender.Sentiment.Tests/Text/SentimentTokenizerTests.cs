using NameGender.Sentiment.Text;

namespace NameGender.Sentiment.Tests.Text;

public sealed class SentimentTokenizerTests
{
    [Fact]
    public void Tokenize_Sentence_DropsSingleCharactersAndStripsListedPunctuation()
    {
        var tokens = SentimentTokenizer.Tokenize("I think it's great!!! a :-) \"Wow\" ,fine");

        Assert.Equal(["think", "it's", "great", ":-)", "\"Wow\"", "fine"], tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("great!!!!")]
    [InlineData("great...")]
    [InlineData("(great)")]
    [InlineData("great!?")]
    [InlineData("don't.")]
    public void Tokenize_UnlistedRunOrPunctuatedWord_KeepsTokenWhole(string piece)
    {
        Assert.Equal([piece], SentimentTokenizer.Tokenize(piece).Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_UnicodeSpaces_SplitLikeJavaScript()
    {
        var tokens = SentimentTokenizer.Tokenize("good\u00A0food\u2009here\uFEFFnow");

        Assert.Equal(["good", "food", "here", "now"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_Emoji_KeepsSurrogatePairsAndDropsSingleUnitSymbols()
    {
        // 😀 is two UTF-16 units and stays; ★ is one and goes, as in the reference.
        var tokens = SentimentTokenizer.Tokenize("nice 😀 ★");

        Assert.Equal(["nice", "😀"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_Word_KeepsCaseAndLowerCasesForLookUp()
    {
        Assert.Equal(new Token("GREAT", "great"), SentimentTokenizer.Tokenize("GREAT,").Single());
    }
}
