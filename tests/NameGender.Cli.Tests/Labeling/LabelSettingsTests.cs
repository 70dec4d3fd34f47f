using NameGender.Cli.Commands;

namespace NameGender.Cli.Tests.Labeling;

public sealed class LabelSettingsTests
{
    [Theory]
    [InlineData(",", ',')]
    [InlineData(";", ';')]
    [InlineData("|", '|')]
    [InlineData("tab", '\t')]
    [InlineData("\\t", '\t')]
    public void DelimiterChar_KnownSpellings_AreRead(string text, char expected)
    {
        var settings = Settings(delimiter: text);

        Assert.True(settings.Validate().Successful);
        Assert.Equal(expected, settings.DelimiterChar);
    }

    [Theory]
    [InlineData(";;")]
    [InlineData("\"")]
    [InlineData("§")]
    public void Validate_UnusableDelimiter_SaysWhatItTakes(string text)
    {
        var result = Settings(delimiter: text).Validate();

        Assert.False(result.Successful);
        Assert.StartsWith(
            "--delimiter must be one ASCII character", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownEncoding_ListsExamples()
    {
        var result = Settings(encoding: "klingon-8").Validate();

        Assert.False(result.Successful);
        Assert.Equal(
            "--encoding: unknown encoding 'klingon-8'; use a .NET encoding name, e.g. utf-8, windows-1252, "
                + "iso-8859-1, iso-8859-15, utf-16, shift_jis",
            result.Message);
    }

    [Theory]
    [InlineData("windows-1252", 1252)]
    [InlineData("ISO-8859-1", 28591)]
    [InlineData("utf-8", 65001)]
    public void InputEncoding_DotNetNames_IncludingCodePages_AreFound(string name, int codePage)
    {
        var settings = Settings(encoding: name);

        Assert.True(settings.Validate().Successful);
        Assert.Equal(codePage, settings.InputEncoding!.CodePage);
    }

    [Fact]
    public void Validate_NoColumn_AsksForIt()
    {
        var result = Settings(column: null).Validate();

        Assert.Equal("give --column, the header name of the column holding the names", result.Message);
    }

    [Fact]
    public void Validate_NoOutput_AsksForItOrADash()
    {
        var result = Settings(output: null).Validate();

        Assert.Equal("give --output, the file to write, or - for standard output", result.Message);
    }

    private static LabelSettings Settings(
        string? column = "name",
        string? output = "out.csv",
        string delimiter = ",",
        string? encoding = null) =>
        new()
        {
            File = "people.csv",
            Column = column,
            Output = output,
            Delimiter = delimiter,
            Encoding = encoding,
        };
}
