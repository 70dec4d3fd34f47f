using System.Text;
using NameGender.Cli.Labeling;

namespace NameGender.Cli.Tests.Labeling;

public sealed class LineEndingsTests
{
    [Theory]
    [InlineData("name,city\r\nEmily,Boston\r\n", "\r\n")]
    [InlineData("name,city\nEmily,Boston\n", "\n")]
    [InlineData("name,city\rEmily,Boston\r", "\r")]
    [InlineData("name,city", "\r\n")]
    public void Detect_FirstLineBreak_GivesTheLineEnding(string text, string expected)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, LineEndings.Detect(input, null));
    }

    [Fact]
    public void Detect_Utf16Input_ReadsItsCharactersNotItsBytes()
    {
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("name\r\nEmily\r\n")];
        using var input = new MemoryStream(utf16);

        Assert.Equal("\r\n", LineEndings.Detect(input, null));
    }

    [Fact]
    public void Detect_LeavesTheStreamWhereItWas()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("name\nEmily\n"));

        LineEndings.Detect(input, null);

        Assert.Equal(0, input.Position);
    }
}
