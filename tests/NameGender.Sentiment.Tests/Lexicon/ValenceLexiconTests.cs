using NameGender.Sentiment.Lexicon;

namespace NameGender.Sentiment.Tests.Lexicon;

public sealed class ValenceLexiconTests
{
    [Fact]
    public void Shared_EmbeddedVaderLexicon_HasEveryDistinctToken()
    {
        Assert.Equal(7503, ValenceLexicon.Shared.Count);
        Assert.True(ValenceLexicon.Shared.TryGetValence("helpful", out var helpful));
        Assert.Equal(1.8, helpful);
        Assert.True(ValenceLexicon.Shared.TryGetValence(":-)", out var smiley));
        Assert.Equal(1.3, smiley);
    }

    [Fact]
    public void Shared_RepeatedToken_KeepsTheLaterLine()
    {
        // "lol" is listed at 2.9 and later at 1.8; the reference port keeps 1.8.
        Assert.True(ValenceLexicon.Shared.TryGetValence("lol", out var lol));
        Assert.Equal(1.8, lol);
    }

    [Fact]
    public void Parse_LineWithoutNumericMean_NamesSourceLineAndField()
    {
        using var reader = new StringReader("good\t1.9\t0.9\t[2]\nbad\tnone\t0.5\t[-2]\n");

        var error = Assert.Throws<InvalidDataException>(() => ValenceLexicon.Parse(reader, "test.txt"));

        Assert.Equal("test.txt, line 2, field 2: expected a mean valence, found 'none'.", error.Message);
    }

    [Fact]
    public void Parse_LineWithoutTab_NamesSourceAndLine()
    {
        using var reader = new StringReader("good 1.9\n");

        var error = Assert.Throws<InvalidDataException>(() => ValenceLexicon.Parse(reader, "test.txt"));

        Assert.StartsWith("test.txt, line 1:", error.Message, StringComparison.Ordinal);
    }
}
