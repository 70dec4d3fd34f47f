using System.Text;
using NameGender.Cli.Labeling;
using NameGender.Cli.Output;
using NameGender.Core.Data;
using NameGender.Core.Names;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Tests.Labeling;

[Collection(SharedLabelingModel.Name)]
public sealed class CsvLabelerTests
{
    private const string AddedHeader = "gender,p_female,source,reason";

    private readonly GenderPredictor _predictor;

    public CsvLabelerTests(LabelingModelFixture fixture)
    {
        _predictor = fixture.Predictor;
    }

    [Fact]
    public void Label_PlainFile_KeepsEveryRowAndColumnInOrderAndAppendsTheLabels()
    {
        var csv = "id,first_name,city\n1,Emily,Boston\n2,John,Denver\n3,Anna,Austin\n";

        var result = Run(csv, Options("first_name"));

        var rows = result.Rows();
        Assert.Equal(["id", "first_name", "city", "gender", "p_female", "source", "reason"], rows[0]);
        Assert.Equal(["1", "Emily", "Boston"], rows[1][..3]);
        Assert.Equal(["2", "John", "Denver"], rows[2][..3]);
        Assert.Equal(["3", "Anna", "Austin"], rows[3][..3]);
        Assert.Equal(["female", "male", "female"], rows.Skip(1).Select(r => r[3]));
        Assert.Equal(3, result.Summary.Rows);
        Assert.Equal(2, result.Summary.Female);
        Assert.Equal(1, result.Summary.Male);
        Assert.Equal(0, result.Summary.Unknown);
    }

    [Fact]
    public void Label_Emily_WritesWhatThePredictorAnswersWithFourDecimals()
    {
        var expected = _predictor.Predict("Emily");

        var row = Run("name\nEmily\n").Rows()[1];

        Assert.Equal(["Emily", "female", PredictionFields.PFemale(expected), "lookup", string.Empty], row);
        Assert.Matches(@"^0\.99\d\d$", row[2]);
    }

    [Fact]
    public void Label_BlankNameCell_IsUnknownWithTheNormalizersReasonNotAnError()
    {
        var result = Run("id,name\n1,\n2,   \n");

        Assert.All(result.Rows().Skip(1), row =>
            Assert.Equal(["unknown", string.Empty, "none", NameNormalizer.EmptyReason], row[2..]));
        Assert.Empty(result.Reported);
        Assert.Equal(2, result.Summary.Unknown);
    }

    [Fact]
    public void Label_Utf8ByteOrderMarkAndCrlf_ReadsTheHeaderAndKeepsCrlfWithoutAMark()
    {
        var csv = "name,city\r\nEmily,Boston\r\nJohn,Denver\r\n";
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(csv)];

        var result = Run(input, Options("name"));

        Assert.StartsWith(
            $"name,city,{AddedHeader}\r\nEmily,Boston,female,", result.Text, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, result.Output[0]);
        Assert.EndsWith("lookup,\r\n", result.Text, StringComparison.Ordinal);
        Assert.Equal(2, result.Summary.Rows);
    }

    [Fact]
    public void Label_QuotedCommasQuotesAndLineBreaks_RoundTripAndLaterLineNumbersStayRight()
    {
        var csv = "id,name,note\n"
            + "1,\"Smith, Emily\",\"said \"\"hi\"\", twice\"\n"
            + "2,John,\"line one\nline two\"\n"
            + "3,Anna,too,many\n";

        var result = Run(csv);

        var rows = result.Rows();
        Assert.Equal(["1", "Smith, Emily", "said \"hi\", twice", "female"], rows[1][..4]);
        Assert.Equal(["2", "John", "line one\nline two", "male"], rows[2][..4]);
        var reported = Assert.Single(result.Reported);
        Assert.Equal("people.csv line 5: 4 fields, header has 3", reported.ToString());
    }

    [Fact]
    public void Label_WellFormedRow_IsCopiedByteForByteWithItsQuotingAndSpacing()
    {
        var csv = "id,name,note\n\"1\",\"Emily\", spaced \n2,John,\"a\"\"b\"\n";

        var result = Run(csv);

        Assert.StartsWith("\"1\",\"Emily\", spaced ,female,", result.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,John,\"a\"\"b\",male,", result.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Label_ShortRow_IsReportedWithItsLinePaddedAndKeptAsUnknown()
    {
        var result = Run("a,b,name,d,e\n1,2,Emily,4,5\n1,2,Emily\n");

        var row = result.Rows()[2];
        Assert.Equal(
            ["1", "2", "Emily", string.Empty, string.Empty, "unknown", string.Empty, "none",
                "unreadable row: 3 fields, header has 5"],
            row);
        Assert.Equal("people.csv line 3: 3 fields, header has 5", Assert.Single(result.Reported).ToString());
        Assert.Equal(1, result.Summary.UnreadableRows);
        Assert.Equal(1, result.Summary.Unknown);
        Assert.Equal(2, result.Summary.Rows);
    }

    [Fact]
    public void Label_EmptyLineBetweenRows_IsReportedAndKeptAsAnEmptyRow()
    {
        var result = Run("id,name\n1,Emily\n\n2,John\n");

        Assert.Equal(
            [string.Empty, string.Empty, "unknown", string.Empty, "none",
                "unreadable row: an empty line, header has 2 fields"],
            result.Rows()[2]);
        var reported = Assert.Single(result.Reported);
        Assert.Equal("people.csv line 3: an empty line, header has 2 fields", reported.ToString());
        Assert.Equal(3, result.Summary.Rows);
    }

    [Fact]
    public void Label_EmptyLineInAFileOfOneColumn_IsABlankName()
    {
        var result = Run("name\nEmily\n\nJohn\n");

        Assert.Equal(
            [string.Empty, "unknown", string.Empty, "none", NameNormalizer.EmptyReason], result.Rows()[2]);
        Assert.Empty(result.Reported);
    }

    [Fact]
    public void Label_LongRow_KeepsItsExtraFieldsAfterTheAddedColumns()
    {
        var result = Run("a,b,name,d,e\n1,2,Emily,4,5,6,7\n");

        Assert.Equal(
            ["1", "2", "Emily", "4", "5", "unknown", string.Empty, "none",
                "unreadable row: 7 fields, header has 5", "6", "7"],
            result.Rows()[1]);
        Assert.Equal(2, Assert.Single(result.Summary.FirstUnreadableRows).Line);
    }

    [Fact]
    public void Label_StrayQuote_IsReportedAndKept()
    {
        var result = Run("id,name\n1,Em\"ily\n2,John\n");

        var reported = Assert.Single(result.Reported);
        Assert.Equal(2, reported.Line);
        Assert.Contains("quote", reported.Problem, StringComparison.Ordinal);
        Assert.Equal(["1", "Em\"ily", "unknown"], result.Rows()[1][..3]);
        Assert.Equal("male", result.Rows()[2][2]);
    }

    [Fact]
    public void Label_QuoteNeverClosedBeforeMoreRows_StopsNamingTheLineRatherThanSwallowThem()
    {
        var csv = "id,name\n1,Emily\n2,\"Stray\n3,John\n4,Anna\n";

        var error = Assert.Throws<LabelException>(() => Run(csv));

        Assert.Equal(
            "people.csv line 3: a quote opened in this row is never closed, so every line after it "
                + "would be read as one field; close or remove the quote and label again (nothing was written)",
            error.Message);
    }

    [Fact]
    public void Label_QuoteNeverClosedInALargeFile_StopsAtABoundNamingTheLine()
    {
        var csv = new StringBuilder("id,name\n1,Emily\n2,\"John\n");
        while (csv.Length < 17 << 20)
        {
            csv.Append("3,Anna\n");
        }

        var error = Assert.Throws<LabelException>(() => Run(csv.ToString()));

        Assert.Equal(
            "people.csv line 3: a record runs past 16 MiB; most likely a quote is never closed", error.Message);
    }

    [Fact]
    public void Label_BornColumn_CountsEachRowsYearsAndReportsAnUnparsableOne()
    {
        var csv = "name,born\nLeslie,1920s\nLeslie,1966\nLeslie,soon\nLeslie,\n";

        var result = Run(csv, Options("name") with { BornColumn = "born" });

        var rows = result.Rows();
        Assert.Equal("male", rows[1][2]);
        Assert.Equal("female", rows[2][2]);
        Assert.Equal(["unknown", string.Empty, "none"], rows[3][2..5]);
        Assert.StartsWith(
            "unreadable row: born: 'soon' is not a birth-year range", rows[3][5], StringComparison.Ordinal);
        Assert.Equal(4, Assert.Single(result.Reported).Line);

        // A blank cell counts all years, where Leslie is too close to call at the default threshold.
        Assert.Equal(PredictionFields.PFemale(_predictor.Predict("Leslie")), rows[4][3]);
        Assert.Equal("unknown", rows[4][2]);
    }

    [Fact]
    public void Label_BlankBornCell_FallsBackToTheBornOption()
    {
        var options = Options("name") with { BornColumn = "born", Born = new YearPeriod(1920, 1929) };

        var result = Run("name,born\nLeslie,\nLeslie,1966\n", options);

        Assert.Equal("male", result.Rows()[1][2]);
        Assert.Equal("female", result.Rows()[2][2]);
    }

    [Fact]
    public void Label_InputWithAGenderColumn_StopsAndSuggestsAPrefix()
    {
        var error = Assert.Throws<LabelException>(() => Run("id,name,Gender\n1,Emily,f\n"));

        Assert.Contains("people.csv already has a column 'Gender'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_Prefix_NamesTheAddedColumnsAndLeavesTheUsersColumnAlone()
    {
        var result = Run("id,name,gender\n1,Emily,F\n", Options("name") with { Prefix = "ng" });

        var rows = result.Rows();
        Assert.Equal(["id", "name", "gender", "ng_gender", "ng_p_female", "ng_source", "ng_reason"], rows[0]);
        Assert.Equal(["1", "Emily", "F", "female"], rows[1][..4]);
    }

    [Fact]
    public void Label_PrefixedNameAlsoTaken_StopsAndAsksForAnotherPrefix()
    {
        var options = Options("name") with { Prefix = "ng" };

        var error = Assert.Throws<LabelException>(() => Run("name,gender,NG_Source\nEmily,F,x\n", options));

        Assert.Equal(
            "people.csv already has a column 'NG_Source', which the labels would add even with --prefix ng; "
                + "choose another prefix",
            error.Message);
    }

    [Fact]
    public void Label_ColumnNotInTheHeader_StopsListingTheColumns()
    {
        var error = Assert.Throws<LabelException>(() => Run("id,first,last\n1,Emily,Hale\n"));

        Assert.Equal(
            "people.csv has no column 'name' (--column); its columns are: 'id', 'first', 'last'",
            error.Message);
    }

    [Fact]
    public void Label_ColumnInAnotherCase_IsFound()
    {
        var result = Run("id,First Name\n1,Emily\n", Options("first name"));

        Assert.Equal("female", result.Rows()[1][2]);
    }

    [Fact]
    public void Label_EmptyFile_StopsAskingForAHeader()
    {
        var error = Assert.Throws<LabelException>(() => Run(string.Empty));

        Assert.Equal("people.csv is empty; expected a header row naming its columns", error.Message);
    }

    [Fact]
    public void Label_HeaderOnly_WritesTheHeaderWithTheAddedColumns()
    {
        var result = Run("id,name\n");

        Assert.Equal($"id,name,{AddedHeader}\n", result.Text);
        Assert.Equal(0, result.Summary.Rows);
    }

    [Fact]
    public void Label_Windows1252Input_ReadsZoeWithItsDiaeresisAndWritesUtf8()
    {
        var windows1252 = InputEncodings.Find("windows-1252", out _)!;
        var input = windows1252.GetBytes("name;note\nZoë;ok\n");
        var options = Options("name") with { Delimiter = ';', Encoding = windows1252 };

        var result = Run(input, options);

        var zoe = PredictionFields.PFemale(_predictor.Predict("Zoë"));
        Assert.Equal(["Zoë", "ok", "female", zoe, "lookup", string.Empty], result.Rows(';')[1]);
        Assert.Contains("Zoë;ok;female;", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_Windows1252InputReadAsUtf8_StopsAtTheFirstLineThatIsNotUtf8()
    {
        var input = InputEncodings.Find("windows-1252", out _)!.GetBytes("name,note\nEmily,ok\nJos\u00e9,ok\nRen\u00e9e,ok\n");

        var error = Assert.Throws<LabelException>(() => Run(input, Options("name")));

        Assert.Equal(
            "people.csv line 3 is not valid UTF-8; name the file's encoding, e.g. --encoding windows-1252 "
                + "(nothing was written)",
            error.Message);
    }

    [Fact]
    public void Label_InvalidUtf8OutsideTheNameColumn_IsRefusedToo()
    {
        var input = Encoding.UTF8.GetBytes("name,note\nEmily,").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var error = Assert.Throws<LabelException>(() => Run(input, Options("name")));

        Assert.StartsWith("people.csv line 2 is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_SemicolonDelimiter_IsUsedForTheOutputToo()
    {
        var result = Run("id;name\n1;Emily\n", Options("name") with { Delimiter = ';' });

        Assert.Equal("id;name;gender;p_female;source;reason", result.Lines[0]);
        Assert.StartsWith("1;Emily;female;0.99", result.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Label_RepeatedNames_CacheGivesTheSameCellsAsPredictingEachRow()
    {
        string[] names = ["Emily", "John", "Emily", "EMILY", "Zzyzx", "John", "Emily", "", "Zzyzx", "Leslie"];
        var csv = "name\n" + string.Concat(names.Select(n => n + "\n"));

        var cached = Run(csv, Options("name"));
        var uncached = Run(csv, Options("name") with { CacheCapacity = 1 });

        Assert.Equal(uncached.Text, cached.Text);
        var rows = cached.Rows();
        for (var i = 0; i < names.Length; i++)
        {
            var expected = _predictor.Predict(names[i]);
            Assert.Equal(
                [PredictionFields.Gender(expected), PredictionFields.PFemale(expected),
                    PredictionFields.Source(expected), expected.Reason ?? string.Empty],
                rows[i + 1][1..]);
        }
    }

    [Fact]
    public void Label_FiftyThousandRows_WritesAsManyRowsAsItReads()
    {
        string[] names = ["Emily", "John", "Anna Smith", "Dr. Peter Hale", "", "Xqwzt", "Sophia", "Leslie"];
        var csv = new StringBuilder("id,name,score\n");
        for (var i = 0; i < 50_000; i++)
        {
            csv.Append(i).Append(',').Append(names[i % names.Length]).Append(',').Append(i % 7).Append('\n');
        }

        var result = Run(csv.ToString());

        Assert.Equal(50_000, result.Summary.Rows);
        Assert.Equal(50_001, result.Lines.Count);
        Assert.Equal(50_000, result.Summary.Female + result.Summary.Male + result.Summary.Unknown);
        Assert.Equal(6_250 * 3, result.Summary.Female);
        Assert.Equal("49999,Leslie,5,unknown", string.Join(',', result.Rows()[^1][..4]));
    }

    [Fact]
    public void Label_Progress_ReportsTheBytesReadAtTheEnd()
    {
        var input = Encoding.UTF8.GetBytes("name\nEmily\nJohn\n");
        long? last = null;

        Run(input, Options("name") with { OnProgress = bytes => last = bytes });

        Assert.Equal(input.Length, last);
    }

    private LabelResult Run(string csv) => Run(csv, Options("name"));

    private LabelResult Run(string csv, LabelOptions options) => Labelling.Run(_predictor, csv, options);

    private LabelResult Run(byte[] input, LabelOptions options) => Labelling.Run(_predictor, input, options);

    private static LabelOptions Options(string column) => new() { Column = column, FileName = "people.csv" };
}
