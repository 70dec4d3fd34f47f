using NameGender.Core.Data;
using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class CountryImportTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_CsvWithCountryColumn_EachRowCarriesItsCountryUpperCase()
    {
        var path = _temp.WriteText("names.csv", "name,sex,count,country\nAndrea,M,50,it\nAndrea,F,90, US \n");

        var result = NameDataImporter.Import(path, new ImportOptions());

        Assert.Equal(
            [
                new NameCount("Andrea", Sex.Male, null, 50, "IT"),
                new NameCount("Andrea", Sex.Female, null, 90, "US"),
            ],
            result.Records);
        Assert.Equal(["IT", "US"], result.Source.Countries);
    }

    [Fact]
    public void Import_BlankCountryCell_TakesTheInputsCountryOrNone()
    {
        var path = _temp.WriteText("names.csv", "name,sex,count,country\nJan,M,5,\nJan,F,1,DK\n");

        var without = NameDataImporter.Import(path, new ImportOptions());
        var withInput = NameDataImporter.Import(path, new ImportOptions { Country = "nl" });

        Assert.Equal([null, "DK"], without.Records.Select(r => r.Country));
        Assert.Equal(["NL", "DK"], withInput.Records.Select(r => r.Country));
    }

    [Theory]
    [InlineData("Italy")]
    [InlineData("UK")]
    [InlineData("ZZ")]
    [InlineData("I1")]
    public void Import_InvalidCountryCell_IsABadLineNamingFileLineAndField(string country)
    {
        var path = _temp.WriteText("names.csv", $"name,sex,count,Country\nLuca,M,5,{country}\n");

        var error = Assert.Throws<ImportException>(() => NameDataImporter.Import(path, new ImportOptions()));

        Assert.Equal("Country", error.Field);
        Assert.Equal(2, error.Line);
        Assert.Equal(
            $"names.csv line 2, field 'Country': expected {CountryCode.Expected}, found '{country}'",
            error.Message);
    }

    [Fact]
    public void Import_InvalidCountryCellWithSkipBadLines_SkipsOnlyThatLine()
    {
        var path = _temp.WriteText("names.csv", "name,sex,count,country\nLuca,M,5,Italy\nLuca,M,7,IT\n");

        var result = NameDataImporter.Import(path, new ImportOptions { SkipBadLines = true });

        Assert.Equal([new NameCount("Luca", Sex.Male, null, 7, "IT")], result.Records);
        Assert.Equal("country", Assert.Single(result.Report.BadLines).Field);
    }

    [Fact]
    public void Import_WholeInputCountry_AppliesToEveryRowWithoutOne()
    {
        var path = _temp.WriteText("dk.csv", "name,sex,count\nKim,M,900\nKim,F,40\n");

        var result = NameDataImporter.Import(path, new ImportOptions { Country = "DK" });

        Assert.All(result.Records, r => Assert.Equal("DK", r.Country));
        Assert.Equal(["DK"], result.Source.Countries);
    }

    [Fact]
    public void ImportOptions_CountryThatIsNoIsoCode_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ImportOptions { Country = "XX" });
    }

    [Fact]
    public void Import_SsaYobFile_IsUsUnlessTheInputSaysOtherwise()
    {
        var path = _temp.WriteText("yob1990.txt", "Mary,F,7\n");

        var plain = NameDataImporter.Import(path, new ImportOptions());
        var told = NameDataImporter.Import(path, new ImportOptions { Country = "PR" });

        Assert.Equal("US", Assert.Single(plain.Records).Country);
        Assert.Equal("PR", Assert.Single(told.Records).Country);
    }

    [Fact]
    public void Import_WgndLayout_ReadsGenderColumnIgnoresExtraColumnsAndCountsQuestionMarks()
    {
        var path = _temp.WriteText(
            "wgnd.csv", "name,gender,gchar12,gchar1,gchar2\nA JAY,M,,,\n민준,M,,,\n지우,?,,,\n王芳,F,王芳,王,芳\n");

        var result = NameDataImporter.Import(path, new ImportOptions());

        Assert.Equal(SourceKind.Labels, result.Source.Kind);
        Assert.Equal(["A JAY", "민준", "王芳"], result.Records.Select(r => r.Name));
        Assert.All(result.Records, r => Assert.Equal(ImportOptions.DefaultLabelWeight, r.Count));
        Assert.All(result.Records, r => Assert.Null(r.Country));
        Assert.Equal(1, result.Report.SkippedUnknownSex);
    }

    [Fact]
    public void Import_WithAttribution_KeepsItOnTheSource()
    {
        var path = _temp.WriteText("fr.csv", "name,sex,count\nJean,M,9\n");
        var attribution = new SourceAttribution("INSEE", "INSEE terms", "births 1900–2019");

        var result = NameDataImporter.Import(path, new ImportOptions { Attribution = attribution });

        Assert.Equal(attribution, result.Source.Attribution);
    }

    public void Dispose() => _temp.Dispose();
}
