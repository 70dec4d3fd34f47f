using System.Buffers;
using System.Text;
using NameGender.Cli.Labeling;

namespace NameGender.Cli.Tests.Labeling;

public sealed class CsvEncoderTests
{
    [Theory]
    [InlineData("Emily", "Emily")]
    [InlineData("", "")]
    [InlineData("  spaced  ", "  spaced  ")]
    [InlineData("Smith, Emily", "\"Smith, Emily\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("one\ntwo", "\"one\ntwo\"")]
    [InlineData("one\r\ntwo", "\"one\r\ntwo\"")]
    [InlineData("a;b", "a;b")]
    public void Field_CommaDelimiter_QuotesOnlyWhatRfc4180Requires(string value, string expected)
    {
        Assert.Equal(expected, Encode(new CsvEncoder(','), value));
    }

    [Fact]
    public void Field_SemicolonDelimiter_QuotesSemicolonsNotCommas()
    {
        var encoder = new CsvEncoder(';');

        Assert.Equal("\"a;b\"", Encode(encoder, "a;b"));
        Assert.Equal("a,b", Encode(encoder, "a,b"));
    }

    [Fact]
    public void Fields_JoinsWithTheDelimiter()
    {
        var output = new ArrayBufferWriter<byte>();

        new CsvEncoder('\t').Fields(["id", "first name", "a\tb"], output);

        Assert.Equal("id\tfirst name\t\"a\tb\"", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    private static string Encode(CsvEncoder encoder, string value)
    {
        var output = new ArrayBufferWriter<byte>();
        encoder.Field(value, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
