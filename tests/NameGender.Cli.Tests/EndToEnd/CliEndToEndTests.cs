using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using NameGender.Cli.Tests.Labeling;

namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>
/// The namegender executable driven as a user drives it: arguments in, text and exit code out,
/// on small fixture files and a model trained by the executable itself.
/// </summary>
public sealed class CliEndToEndTests : IClassFixture<CliEndToEndTests.TrainedModel>
{
    private const string Names = """
        name,sex,count,year
        Emily,F,8200,1996
        Emily,M,15,1996
        Mary,F,10500,1952
        Anna,F,6400,1991
        Laura,F,4700,1976
        Sophia,F,7300,2011
        Olivia,F,7900,2012
        Hannah,F,5200,2001
        Julia,F,3900,1999
        Zoe,F,900,2007
        John,M,12800,1961
        Michael,M,11300,1974
        David,M,9600,1966
        James,M,10400,1956
        William,M,8700,1946
        Thomas,M,7600,1971
        Daniel,M,8100,1989
        Victor,M,800,1981
        Kevin,M,950,1984
        Leslie,M,2900,1926
        Leslie,F,3800,1966
        """;

    private readonly TrainedModel _trained;

    public CliEndToEndTests(TrainedModel trained) => _trained = trained;

    [Fact]
    public void Train_WithHoldout_WritesTheModelAndPrintsHeldOutFigures()
    {
        Assert.Equal(0, _trained.Run.ExitCode);
        Assert.True(File.Exists(_trained.ModelPath));
        Assert.Contains("held-out names (never seen in training)", _trained.Run.Output, StringComparison.Ordinal);
        Assert.True(_trained.Run.Output.ReplaceLineEndings(" ").Contains("19 names, 131,965 births", StringComparison.Ordinal), _trained.Run.Output);
        Assert.Contains("imported", _trained.Run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_Manifest_RecordsSourcesHoldoutAndChecksums()
    {
        using var zip = ZipFile.OpenRead(_trained.ModelPath);
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;

        Assert.Equal(2, root.GetProperty("format_version").GetInt32());
        Assert.Equal("names.csv", root.GetProperty("sources")[0].GetProperty("path").GetString());
        Assert.Equal("births", root.GetProperty("sources")[0].GetProperty("kind").GetString());
        Assert.Equal(0.5, root.GetProperty("training").GetProperty("holdout").GetDouble());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("metrics").GetProperty("holdout").ValueKind);
        Assert.Equal(3, root.GetProperty("checksums").EnumerateObject().Count());
    }

    [Fact]
    public void Predict_Json_PrintsOnePredictionPerNameWithTheContractFields()
    {
        var run = CliRun.Start("predict", "Emily", "Mrs Hale", "--json", "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var emily = json.RootElement[0];
        Assert.Equal("Emily", emily.GetProperty("input").GetString());
        Assert.Equal("emily", emily.GetProperty("normalized").GetString());
        Assert.Equal("female", emily.GetProperty("gender").GetString());
        Assert.Equal("lookup", emily.GetProperty("source").GetString());
        Assert.Equal(8215, emily.GetProperty("evidence").GetInt64());
        Assert.Equal(JsonValueKind.Null, emily.GetProperty("reason").ValueKind);

        var hale = json.RootElement[1];
        Assert.Equal("unknown", hale.GetProperty("gender").GetString());
        Assert.Equal("none", hale.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, hale.GetProperty("p_female").ValueKind);
    }

    [Fact]
    public void Predict_NamesOnStandardInput_SkipsEmptyLines()
    {
        var run = CliRun.WithInput("Emily\n\nJohn\n", "predict", "--json", "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["female", "male"], json.RootElement.EnumerateArray().Select(p => p.GetProperty("gender").GetString()));
    }

    [Fact]
    public void Predict_Table_ShowsTheColumns()
    {
        var run = CliRun.Start("predict", "Emily", "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("p_female", run.Output, StringComparison.Ordinal);
        Assert.Contains("female", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_BornRange_CountsThoseBirthsOnly()
    {
        var early = CliRun.Start("predict", "Leslie", "--born", "1920s", "--json", "--model", _trained.ModelPath);
        var late = CliRun.Start("predict", "Leslie", "--born", "1960-1969", "--json", "--model", _trained.ModelPath);

        Assert.Equal(2900, JsonDocument.Parse(early.Output).RootElement[0].GetProperty("evidence").GetInt64());
        Assert.Equal(3800, JsonDocument.Parse(late.Output).RootElement[0].GetProperty("evidence").GetInt64());
    }

    [Theory]
    [InlineData("--born", "19x0", "--born")]
    [InlineData("--threshold", "2", "--threshold must be within 0.5-1.0")]
    public void Predict_BadOption_FailsWithOneLineNamingIt(string option, string value, string expected)
    {
        var run = CliRun.Start("predict", "Emily", option, value, "--model", _trained.ModelPath);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_MissingModel_FailsWithTheReason()
    {
        var run = CliRun.Start("predict", "Emily", "--model", "/nonexistent/model.ngmodel");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: Model file '/nonexistent/model.ngmodel' does not exist.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_NoNamesAtAll_AsksForSome()
    {
        var run = CliRun.WithInput(string.Empty, "predict", "--model", _trained.ModelPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("give names as arguments", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_GivesTheFiguresOfAFileWithCounts()
    {
        using var folder = new TemporaryFolder();
        var labelled = folder.Write("truth.csv", "name,births_f,births_m\nEmily,90,10\nJohn,5,95\n"u8.ToArray());

        var run = CliRun.Start("evaluate", "--input", labelled, "--json", "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal("name,births_f,births_m", json.RootElement.GetProperty("shape").GetString());
        Assert.Equal(2, summary.GetProperty("names").GetInt32());
        Assert.Equal(1.0, summary.GetProperty("accuracy").GetDouble());
        Assert.Equal(0.925, summary.GetProperty("birth_weighted_accuracy").GetDouble(), precision: 9);
        Assert.Equal(0.925, summary.GetProperty("bayes_ceiling").GetDouble(), precision: 9);
    }

    [Fact]
    public void Evaluate_TruthColumn_LeavesOutAndCountsUnknownTruth()
    {
        using var folder = new TemporaryFolder();
        var customers = folder.Write(
            "customers.csv", "first_name,reported\nEmily,F\nJohn,male\nKim,?\nMary,female\n"u8.ToArray());

        var run = CliRun.Start(
            "evaluate", "--input", customers, "--column", "first_name", "--truth", "reported", "--json",
            "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("skipped_unknown_truth").GetInt64());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("names").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("summary").GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public void Train_BadLine_StopsNamingFileLineAndField()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("bad.csv", "name,sex,count\nEmily,F,10\nJohn,M,many\n"u8.ToArray());

        var run = CliRun.Start("train", "--input", input, "--output", folder.Combine("m.ngmodel"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.csv line 3, field 'count'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("m.ngmodel")));
    }

    [Fact]
    public void Train_SkipBadLines_ReportsEachAndGoesOn()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write(
            "bad.csv", "name,sex,count\nEmily,F,10\nJohn,M,many\nMary,F,-3\nJohn,M,20\n"u8.ToArray());

        var run = CliRun.Start(
            "train", "--input", input, "--output", folder.Combine("m.ngmodel"), "--skip-bad-lines");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 4", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 bad lines skipped", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.Combine("m.ngmodel")));
    }

    [Fact]
    public void Import_WritesASnapshotThatTrainReadsBack()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("names.csv", System.Text.Encoding.UTF8.GetBytes(Names));
        var snapshot = folder.Combine("snapshot.csv.gz");

        var import = CliRun.Start("import", "--input", input, "--output", snapshot);
        var train = CliRun.Start("train", "--input", snapshot, "--output", folder.Combine("m.ngmodel"));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("21 rows", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("(csv+gzip, births)", train.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_EndToEnd_AddsTheColumnsToEveryRow()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("people.csv", "id,first_name\r\n1,Emily\r\n2,\"Carter, John\"\r\n3,\r\n"u8.ToArray());
        var output = folder.Combine("out.csv");

        var run = CliRun.Start("label", input, "--column", "first_name", "--output", output, "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,first_name,gender,p_female,source,reason", lines[0]);
        Assert.StartsWith("1,Emily,female,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,\"Carter, John\",male,", lines[2], StringComparison.Ordinal);
        Assert.Equal("3,,unknown,,none,empty input", lines[3]);
    }

    /// <summary>A model the executable trains once, with a held-out half, for the tests above.</summary>
    public sealed class TrainedModel : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public TrainedModel()
        {
            var input = _folder.Write("names.csv", System.Text.Encoding.UTF8.GetBytes(Names));
            ModelPath = _folder.Combine("model.ngmodel");
            Run = CliRun.Start(
                "train", "--input", input, "--holdout", "0.5", "--output", ModelPath,
                "--seed", 7.ToString(CultureInfo.InvariantCulture));
        }

        public string ModelPath { get; }

        public CliRun Run { get; }

        public void Dispose() => _folder.Dispose();
    }
}
