using NameGender.Feedback.Csv;
using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Csv;

/// <summary>Reading a company's CSV: columns found or mapped, every row imported or rejected by line.</summary>
public sealed class FeedbackCsvReaderTests
{
    [Fact]
    public void Read_UsualHeaders_AreFoundWhateverTheirSpelling()
    {
        var result = Read("First Name;SURNAME;Comments;Stars;Created-At\nEmily;Carter;Great;5;2026-03-01T10:00:00Z\n");

        var row = Assert.Single(result.Accepted);
        Assert.Equal(("Emily", "Carter", "Great", 5), (row.FirstName, row.LastName, row.Text, row.Rating));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), row.PostedAt);
        Assert.Equal("Comments", result.Columns.Text);
    }

    [Fact]
    public void Read_MappedColumns_WinOverUsualNames()
    {
        var result = Read("name,note,comment\n\"Carter, Emily\",Loved it,ignored\n", new ColumnMapping(FirstName: "name", Text: "note"));

        var row = Assert.Single(result.Accepted);
        Assert.Equal(("Carter, Emily", "Loved it"), (row.FirstName, row.Text));
    }

    [Fact]
    public void Read_BadRows_AreRejectedWithTheLineTheyStartOnAndNoneIsLost()
    {
        const string csv = "first_name,feedback,rating\n"
            + "Emily,\"two\nlines\",5\n"
            + "Robert,ok,7\n"
            + "Allie,,3\n"
            + "Tom,ok\n"
            + "\n"
            + "Jim,fine,2\n";

        var result = Read(csv);

        Assert.Equal(["Emily", "Jim"], result.Accepted.Select(r => r.FirstName));
        Assert.Equal([4L, 5L, 6L], result.Rejected.Select(r => r.Line));
        Assert.Contains("rating '7'", result.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("2 fields", result.Rejected[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoTextColumn_ThrowsNamingTheHeaders()
    {
        var error = Assert.Throws<CsvImportException>(() => Read("first_name,stars\nEmily,5\n"));

        Assert.Contains("'first_name', 'stars'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExportEscapedFormula_LosesTheApostropheAgain()
    {
        var result = Read("first_name,feedback\nEmily,'=1+1\n");

        Assert.Equal("=1+1", Assert.Single(result.Accepted).Text);
    }

    private static CsvReadResult Read(string csv, ColumnMapping? mapping = null)
    {
        using var reader = new StringReader(csv);
        return FeedbackCsvReader.Read(reader, mapping ?? ColumnMapping.Automatic, ManualClock.Start);
    }
}
