using System.Security.Cryptography;
using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class YobFileImportTests : IDisposable
{
    private static readonly ImportOptions Strict = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_YobFile_ReadsEveryLineWithTheYearOfItsName()
    {
        var path = _temp.WriteText("yob1880.txt", "Mary,F,7065\nAnna,F,2604\nJohn,M,9655\n");

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(
            [
                new NameCount("Mary", Sex.Female, YearPeriod.Year(1880), 7065, "US"),
                new NameCount("Anna", Sex.Female, YearPeriod.Year(1880), 2604, "US"),
                new NameCount("John", Sex.Male, YearPeriod.Year(1880), 9655, "US"),
            ],
            result.Records);
        Assert.Equal(SourceFormats.SsaYobFile, result.Source.Format);
        Assert.Equal(SourceKind.Births, result.Source.Kind);
        Assert.Null(result.Source.LabelWeight);
        Assert.Equal(3, result.Source.RecordCount);
        Assert.Equal(19324, result.Source.TotalCount);
        Assert.Equal(path, result.Source.Path);
        Assert.Equal(3, result.Report.LinesRead);
    }

    [Fact]
    public void Import_YobFileWithBomCrlfAndBlankLines_ReadsRecordsAndCountsLinesFromTheTop()
    {
        var text = "Mary,F,5\r\n\r\n   \r\nJohn,M,7\r\n\r\nAnna,F,x\r\n";
        var path = _temp.WriteBytes("yob1990.txt", SourceFiles.Utf8WithBom(text));

        var exception = ImportAssert.Fails(path);
        var skipping = NameDataImporter.Import(path, new ImportOptions { SkipBadLines = true });

        Assert.Equal(
            "yob1990.txt line 6, field 'count': expected a whole number >= 0, found 'x'",
            exception.Message);
        Assert.Equal(["Mary", "John"], skipping.Records.Select(record => record.Name));
        Assert.Equal(3, skipping.Report.LinesRead);
    }

    [Fact]
    public void Import_YobFileWithBadCount_ThrowsNamingFileLineFieldExpectedAndFound()
    {
        var path = _temp.WriteText("yob1880.txt", "Mary,F,7065\nAnna,F,abc\n");

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            "yob1880.txt line 2, field 'count': expected a whole number >= 0, found 'abc'",
            exception.Message);
        Assert.Equal("yob1880.txt", exception.File);
        Assert.Equal(2, exception.Line);
        Assert.Equal("count", exception.Field);
    }

    [Theory]
    [InlineData(" ,F,5", "name", "expected a name, found ''")]
    [InlineData("Mary,Q,5", "sex", "expected F, M, female or male")]
    [InlineData("Mary,F,-1", "count", "expected a whole number >= 0, found '-1'")]
    [InlineData("Mary,F,2.5", "count", "expected a whole number >= 0, found '2.5'")]
    [InlineData("Mary,F,99999999999999999999", "count", "found '99999999999999999999'")]
    public void Import_YobLineWithBadField_NamesTheField(string line, string field, string expected)
    {
        var path = _temp.WriteText("yob2000.txt", $"Anna,F,1\n{line}\n");

        var exception = ImportAssert.Fails(path);

        Assert.StartsWith($"yob2000.txt line 2, field '{field}': ", exception.Message);
        Assert.Contains(expected, exception.Message);
        Assert.Equal(field, exception.Field);
    }

    [Theory]
    [InlineData("Mary,F")]
    [InlineData("Mary,F,5,6")]
    public void Import_YobLineWithWrongFieldCount_IsABadLineWithNoField(string line)
    {
        var path = _temp.WriteText("yob2000.txt", $"{line}\n");

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            $"yob2000.txt line 1: expected 3 fields Name,Sex,Count, found '{line}'",
            exception.Message);
        Assert.Null(exception.Field);
    }

    [Fact]
    public void Import_YobFile_FingerprintIsTheSha256OfItsBytes()
    {
        var path = _temp.WriteText("yob1880.txt", "Mary,F,7065\n");

        var result = NameDataImporter.Import(path, Strict);

        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(expected, result.Source.Fingerprint);
    }

    [Fact]
    public void Import_HeaderlessFileNotNamedYob_ThrowsExplainingTheYearComesFromTheFileName()
    {
        var path = _temp.WriteText("names1880.txt", "Mary,F,7065\nAnna,F,2604\n");

        var exception = ImportAssert.Fails(path, new ImportOptions { SkipBadLines = true });

        Assert.StartsWith("names1880.txt line 1: no header row;", exception.Message);
        Assert.Contains("year comes from the file name", exception.Message);
        Assert.Contains("add a header row", exception.Message);
    }

    public void Dispose() => _temp.Dispose();
}
