using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class CsvImportTests : IDisposable
{
    private static readonly ImportOptions Strict = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_CsvWithCountAndYear_ReadsBirthsWhateverTheCaseOfHeaderAndSex()
    {
        var path = _temp.WriteText(
            "names.csv",
            "Name,GENDER,Births,Year\nMary, female ,5,1950\nJohn,MALE,7,1951\nAnna,f,2,\n");

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(
            [
                new NameCount("Mary", Sex.Female, YearPeriod.Year(1950), 5),
                new NameCount("John", Sex.Male, YearPeriod.Year(1951), 7),
                new NameCount("Anna", Sex.Female, null, 2),
            ],
            result.Records);
        Assert.Equal(SourceFormats.Csv, result.Source.Format);
        Assert.Equal(SourceKind.Births, result.Source.Kind);
        Assert.Null(result.Source.LabelWeight);
    }

    [Fact]
    public void Import_CsvWithDecade_ReadsDecadePeriods()
    {
        var path = _temp.WriteText(
            "snapshot.csv", "name,sex,decade,births\nmary,F,1950,12\nmary,F,,3\n");

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(
            [
                new NameCount("mary", Sex.Female, new YearPeriod(1950, 1959), 12),
                new NameCount("mary", Sex.Female, null, 3),
            ],
            result.Records);
    }

    [Fact]
    public void Import_CsvWithoutCount_ReadsLabelsCarryingTheDefaultWeight()
    {
        var path = _temp.WriteText("labels.csv", "name,sex\nMary,F\nJohn,M\nMary,F\n");

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(SourceKind.Labels, result.Source.Kind);
        Assert.Equal(ImportOptions.DefaultLabelWeight, result.Source.LabelWeight);
        Assert.Equal(10, ImportOptions.DefaultLabelWeight);
        Assert.All(result.Records, record => Assert.Equal(10, record.Count));
        Assert.Equal(30, result.Source.TotalCount);
    }

    [Fact]
    public void Import_CsvWithoutCountAndAWeightSet_UsesThatWeight()
    {
        var path = _temp.WriteText("labels.csv", "name,gender\nMary,F\nJohn,M\n");

        var result = NameDataImporter.Import(path, new ImportOptions { LabelWeight = 3 });

        Assert.Equal(3, result.Source.LabelWeight);
        Assert.Equal([3L, 3L], result.Records.Select(record => record.Count));
    }

    [Fact]
    public void ImportOptions_LabelWeightBelowOne_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { LabelWeight = 0 });
    }

    [Fact]
    public void Import_CsvWithQuotedFieldsHoldingCommas_KeepsTheCommasInTheField()
    {
        var path = _temp.WriteText(
            "names.csv",
            "note,name,sex,count\n"
            + "\"born here, raised there\",\"Smith, Mary\",F,4\n"
            + "\"\",\"O\"\"Neil\",M,2\n");

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(["Smith, Mary", "O\"Neil"], result.Records.Select(record => record.Name));
        Assert.Equal([4L, 2L], result.Records.Select(record => record.Count));
    }

    [Fact]
    public void Import_CsvWithBomCrlfAndBlankLines_CountsLinesFromTheTop()
    {
        var text = "name,sex,count\r\n\r\nMary,F,1\r\n\r\nJohn,M,2\r\nAnna,F,-\r\n";
        var path = _temp.WriteBytes("names.csv", SourceFiles.Utf8WithBom(text));

        var exception = ImportAssert.Fails(path);
        var skipping = NameDataImporter.Import(path, new ImportOptions { SkipBadLines = true });

        Assert.Equal(
            "names.csv line 6, field 'count': expected a whole number >= 0, found '-'",
            exception.Message);
        Assert.Equal(["Mary", "John"], skipping.Records.Select(record => record.Name));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("U")]
    [InlineData("unknown")]
    [InlineData(" Unknown ")]
    [InlineData("x")]
    [InlineData("")]
    public void Import_CsvRowWithUnknownSex_IsSkippedAndCounted(string sex)
    {
        var path = _temp.WriteText("names.csv", $"name,sex,count\nMary,F,1\nSam,{sex},2\n");

        var result = NameDataImporter.Import(path, Strict);

        Assert.Equal(["Mary"], result.Records.Select(record => record.Name));
        Assert.Equal(1, result.Report.SkippedUnknownSex);
        Assert.Empty(result.Report.BadLines);
        Assert.Equal(2, result.Report.LinesRead);
    }

    [Theory]
    [InlineData("year", "name,sex,count,year\nMary,F,1,95\n",
        "expected a 4-digit year from 1000 to 9999, found '95'")]
    [InlineData("year", "name,sex,count,year\nMary,F,1,10000\n", "found '10000'")]
    [InlineData("decade", "name,sex,decade\nMary,F,1955\n",
        "expected the first year of a decade, such as 1950, found '1955'")]
    [InlineData("births", "name,sex,births\nMary,F,many\n",
        "expected a whole number >= 0, found 'many'")]
    [InlineData("gender", "name,gender\nMary,girl\n", "found 'girl'")]
    public void Import_CsvRowWithBadField_NamesTheColumnAsTheHeaderSpellsIt(
        string field, string text, string expected)
    {
        var path = _temp.WriteText("names.csv", text);

        var exception = ImportAssert.Fails(path);

        Assert.StartsWith($"names.csv line 2, field '{field}': ", exception.Message);
        Assert.EndsWith(expected, exception.Message);
        Assert.Equal(field, exception.Field);
        Assert.Equal(2, exception.Line);
    }

    [Fact]
    public void Import_CsvRowWithMoreFieldsThanTheHeader_IsABadLine()
    {
        var path = _temp.WriteText("names.csv", "name,sex\nSmith, Mary,F\n");

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            "names.csv line 2: expected 2 fields as in the header, quotes balanced, "
            + "found 'Smith, Mary,F'",
            exception.Message);
    }

    [Fact]
    public void Import_CsvWithoutNameColumn_AlwaysThrowsNamingColumnsFoundAndExpected()
    {
        var path = _temp.WriteText("names.csv", "first,label\nMary,F\n");

        var exception = ImportAssert.Fails(path, new ImportOptions { SkipBadLines = true });

        Assert.Equal(
            "names.csv line 1: the header has no 'name' column; expected columns name and sex "
            + "(or gender), optionally count (or births), year or decade, and country; "
            + "found 'first', 'label'",
            exception.Message);
        Assert.Equal("name", exception.Field);
    }

    [Fact]
    public void Import_CsvWithBothSexAndGender_ThrowsAsAmbiguous()
    {
        var path = _temp.WriteText("names.csv", "name,sex,gender\nMary,F,F\n");

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            "names.csv line 1: the header has 'sex', 'gender'; "
            + "expected one column for sex or gender",
            exception.Message);
    }

    [Fact]
    public void Import_CsvWithBothYearAndDecade_ThrowsAsAmbiguous()
    {
        var path = _temp.WriteText("names.csv", "name,sex,year,decade\nMary,F,1950,1950\n");

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            "names.csv line 1: the header has both a year and a decade column; "
            + "expected one of them",
            exception.Message);
    }

    [Fact]
    public void Import_EmptyFile_Throws()
    {
        var path = _temp.WriteText("names.csv", string.Empty);

        var exception = ImportAssert.Fails(path);

        Assert.Equal("names.csv: the file is empty", exception.Message);
    }

    [Fact]
    public void Import_CsvOfBlankLinesOnly_ThrowsForWantOfAHeader()
    {
        var path = _temp.WriteText("names.csv", "\n\n  \n");

        var exception = ImportAssert.Fails(path);

        Assert.Equal(
            "names.csv: the file holds no header row; "
            + "expected a header such as name,sex,count,year",
            exception.Message);
    }

    public void Dispose() => _temp.Dispose();
}
