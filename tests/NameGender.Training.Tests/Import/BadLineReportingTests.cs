using NameGender.Training.Import;

namespace NameGender.Training.Tests.Import;

public sealed class BadLineReportingTests : IDisposable
{
    private const string ThreeBadLines =
        "name,sex,count\nMary,F,1\n,F,2\nJohn,M,x\nAnna,F,3\n\"Ruth,F,4\nSam,U,5\nLee,M,6\n";

    private readonly TempDirectory _temp = new();

    [Fact]
    public void Import_SkippingBadLines_ReportsEachOneLiveAndInTheReportAndGoesOn()
    {
        var path = _temp.WriteText("names.csv", ThreeBadLines);
        var live = new List<BadLine>();
        var options = new ImportOptions { SkipBadLines = true, OnBadLine = live.Add };

        var result = NameDataImporter.Import(path, options);

        Assert.Equal(
            [
                "names.csv line 3, field 'name': expected a name, found ''",
                "names.csv line 4, field 'count': expected a whole number >= 0, found 'x'",
                "names.csv line 6: expected 3 fields as in the header, quotes balanced, "
                    + "found '\"Ruth,F,4'",
            ],
            result.Report.BadLines.Select(line => line.Message));
        Assert.Equal(result.Report.BadLines, live);
        Assert.Equal([3L, 4L, 6L], live.Select(line => line.Line));
        Assert.Equal(["Mary", "Anna", "Lee"], result.Records.Select(record => record.Name));
        Assert.Equal(7, result.Report.LinesRead);
        Assert.Equal(3, result.Report.RecordsImported);
        Assert.Equal(1, result.Report.SkippedUnknownSex);
    }

    [Fact]
    public void Import_NotSkippingBadLines_ThrowsAtTheFirstAndCallsNoCallback()
    {
        var path = _temp.WriteText("names.csv", ThreeBadLines);
        var live = new List<BadLine>();

        var exception = ImportAssert.Fails(path, new ImportOptions { OnBadLine = live.Add });

        Assert.Equal(3, exception.Line);
        Assert.Empty(live);
    }

    public void Dispose() => _temp.Dispose();
}
