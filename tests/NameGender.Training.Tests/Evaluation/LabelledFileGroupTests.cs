using NameGender.Training.Evaluation;
using NameGender.Training.Import;
using NameGender.Training.Tests.Import;

namespace NameGender.Training.Tests.Evaluation;

public sealed class LabelledFileGroupTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Read_BirthColumnsWithGroup_KeepsEachNamesCountsApartPerGroup()
    {
        var path = _temp.WriteText("names.csv", """
            name,births_f,births_m,origin
            Andrea,10,90,it
            Andrea,80,20,us
            andrea,5,0,us
            Emily,100,1,us
            """);

        var file = LabelledFileReader.Read(path, groupColumn: "Origin");

        Assert.Equal(
            [("Andrea", 10.0, 90.0, "it"), ("Andrea", 85.0, 20.0, "us"), ("Emily", 100.0, 1.0, "us")],
            file.Names.Select(n => (n.Name, n.Female, n.Male, n.Group!)));
    }

    [Fact]
    public void Read_TruthColumnWithGroup_GivesEveryRowItsGroupAndCountsUnknownTruth()
    {
        var path = _temp.WriteText("people.csv", """
            first,gender,team
            Ann,F,a
            Bob,male,b
            Kim,?,a
            """);

        var file = LabelledFileReader.Read(path, "first", "gender", "team");

        Assert.Equal([("Ann", "a"), ("Bob", "b")], file.Names.Select(n => (n.Name, n.Group!)));
        Assert.Equal(1, file.SkippedUnknownTruth);
    }

    [Fact]
    public void Read_TruthColumnWithoutOneUsableTruth_IsRefusedNamingTheColumn()
    {
        var path = _temp.WriteText("people.csv", "first,feedback\nAnn,great\nBob,slow\n");

        var error = Assert.Throws<ImportException>(() => LabelledFileReader.Read(path, "first", "feedback"));

        Assert.Equal(
            "people.csv: no name has a truth to evaluate against (column 'feedback' holds no F, M, "
                + "female or male; 2 rows left out)",
            error.Message);
    }

    [Fact]
    public void Read_GroupColumnMissing_NamesTheHeader()
    {
        var path = _temp.WriteText("names.csv", "name,births_f,births_m\nAnn,1,0\n");

        var error = Assert.Throws<ImportException>(() => LabelledFileReader.Read(path, groupColumn: "origin"));

        Assert.Contains("no column 'origin'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CountsShapeWithGroup_IsRefused()
    {
        var path = _temp.WriteText("counts.csv", "name,sex,count\nAnn,F,3\n");

        var error = Assert.Throws<ImportException>(() => LabelledFileReader.Read(path, groupColumn: "origin"));

        Assert.Contains("a group or country column needs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CountsShapeGroupedAndPredictedByCountry_KeepsEachCountrysCountsApart()
    {
        var path = _temp.WriteText("counts.csv", "name,sex,count,country\nAndrea,M,90,IT\nAndrea,F,80,US\nAndrea,F,5,US\nAnn,F,3,\n");

        var file = LabelledFileReader.Read(path, groupColumn: "country", countryColumn: "country");

        Assert.Equal(
            [("Andrea", 0.0, 90.0, "IT", "IT"), ("Andrea", 85.0, 0.0, "US", "US"), ("Ann", 3.0, 0.0, "(none)", null)],
            file.Names.Select(n => (n.Name, n.Female, n.Male, n.Group!, n.Country)));
    }

    [Fact]
    public void Read_TruthColumnWithCountryColumn_NormalizesCodesAndLeavesBadOnesWithoutACountry()
    {
        var path = _temp.WriteText("people.csv", "first,gender,cc\nAndrea,M,it\nAndrea,F,Italy\n");

        var file = LabelledFileReader.Read(path, "first", "gender", countryColumn: "cc");

        Assert.Equal(["IT", null], file.Names.Select(n => n.Country));
    }

    public void Dispose() => _temp.Dispose();
}
