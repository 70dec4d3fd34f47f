using System.IO.Compression;
using System.Text.Json;
using NameGender.Cli.Tests.Labeling;

namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>evaluate --report/--figures/--group, compare and tune through the executable.</summary>
public sealed class ReportEndToEndTests : IClassFixture<CliEndToEndTests.TrainedModel>, IDisposable
{
    private const string Labelled = """
        name,births_f,births_m,origin
        Emily,900,10,us
        Mary,1200,4,us
        Anna,640,2,us
        Laura,470,0,us
        Sophia,730,1,us
        Olivia,790,3,us
        Hannah,520,0,us
        Julia,390,1,us
        Zoe,90,0,us
        John,5,1280,us
        Michael,2,1130,us
        David,1,960,us
        James,3,1040,us
        William,0,870,us
        Thomas,2,760,us
        Daniel,1,810,us
        Victor,0,80,us
        Kevin,1,95,us
        Leslie,380,290,us
        Andrea,10,900,it
        Luca,0,700,it
        Giulia,650,0,it
        Kim,40,45,kr
        """;

    private readonly CliEndToEndTests.TrainedModel _trained;
    private readonly TemporaryFolder _folder = new();
    private readonly string _labelled;

    public ReportEndToEndTests(CliEndToEndTests.TrainedModel trained)
    {
        _trained = trained;
        _labelled = _folder.Write("labelled.csv", System.Text.Encoding.UTF8.GetBytes(Labelled));
    }

    [Fact]
    public void Evaluate_ReportFiguresAndJson_AgreeOnTheBenchmarkFigures()
    {
        var report = _folder.Combine("report.html");
        var figures = _folder.Combine("figures");

        var run = CliRun.Start(
            "evaluate", "--model", _trained.ModelPath, "--input", _labelled, "--group", "origin",
            "--report", report, "--figures", figures, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        var benchmark = root.GetProperty("benchmark");
        var names = benchmark.GetProperty("names").GetInt32();
        var unknown = benchmark.GetProperty("unknown").GetInt32();
        var misclassified = benchmark.GetProperty("misclassified").GetInt32();
        Assert.Equal(23, names);
        Assert.Equal((double)(misclassified + unknown) / names, benchmark.GetProperty("error_coded").GetDouble(), precision: 12);
        Assert.Equal(50, root.GetProperty("threshold_curve").GetArrayLength());
        Assert.Equal(10, root.GetProperty("reliability").GetProperty("bins").GetArrayLength());
        Assert.Equal(["us", "it", "kr"], root.GetProperty("by_group").EnumerateArray().Select(g => g.GetProperty("slice").GetString()));
        Assert.Equal(
            root.GetProperty("summary").GetProperty("expected_calibration_error").GetDouble(),
            root.GetProperty("reliability").GetProperty("expected_calibration_error").GetDouble(),
            precision: 12);

        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(6, html.Split("<img src=\"data:image/png;base64,").Length - 1);
        Assert.Contains(benchmark.GetProperty("error_coded").GetDouble().ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains("Worst errors", html, StringComparison.Ordinal);
        Assert.Equal(
            ["calibration.png", "evidence.png", "groups.png", "threshold-coverage.png", "threshold-errors.png", "threshold-gender-bias.png"],
            Directory.GetFiles(figures).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(figures), f => Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(f)[..4]));
    }

    [Fact]
    public void Evaluate_GroupOnACountsFile_IsAUserError()
    {
        var counts = _folder.Write("counts.csv", "name,sex,count\nEmily,F,10\n"u8.ToArray());

        var run = CliRun.Start("evaluate", "--model", _trained.ModelPath, "--input", counts, "--group", "origin");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a group or country column needs", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GroupByCountryOnACountsFileWithCountries_ReportsEachCountry()
    {
        var counts = _folder.Write("countries.csv", "name,sex,count,country\nEmily,F,10,US\nJohn,M,7,GB\n"u8.ToArray());
        var report = _folder.Combine("countries.html");

        var run = CliRun.Start(
            "evaluate", "--model", _trained.ModelPath, "--input", counts, "--group", "country",
            "--country-column", "country", "--report", report);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(report);
        Assert.Contains("By country", html, StringComparison.Ordinal);
        Assert.Contains("<td>GB</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoModels_PrintsBothSideBySideAndWritesTheReport()
    {
        var tuned = _folder.Combine("strict.ngmodel");
        Assert.Equal(0, CliRun.Start("tune", "--model", _trained.ModelPath, "--input", _labelled, "--folds", "3",
            "--objective", "naCoded", "--max-error-without-na", "0", "--output", tuned).ExitCode);
        var report = _folder.Combine("compare.html");

        var run = CliRun.Start("compare", "--model", _trained.ModelPath, "--model", tuned, "--input", _labelled, "--json", "--report", report);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var models = json.RootElement.GetProperty("models");
        Assert.Equal(2, models.GetArrayLength());
        Assert.NotEqual(models[0].GetProperty("model_id").GetString(), models[1].GetProperty("model_id").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("disagreements").ValueKind);
        Assert.Contains("Where they disagree", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Tune_ModelFile_WritesANewFileWithTheChosenThresholdAndHowItWasChosen()
    {
        var output = _folder.Combine("tuned.ngmodel");

        var run = CliRun.Start(
            "tune", "--model", _trained.ModelPath, "--input", _labelled, "--folds", "3",
            "--objective", "errorCoded", "--max-error-without-na", "0.05", "--output", output, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var result = json.RootElement.GetProperty("result");
        var chosen = result.GetProperty("threshold").GetDouble();
        Assert.True(result.GetProperty("all").GetProperty("error_coded_without_na").GetDouble() <= 0.05);
        Assert.Equal(3, result.GetProperty("folds").GetArrayLength());
        Assert.Equal(23, result.GetProperty("held_out").GetProperty("names").GetInt32());

        using var zip = ZipFile.OpenRead(output);
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal(chosen, manifest.RootElement.GetProperty("predictor").GetProperty("threshold").GetDouble());
        var tuning = manifest.RootElement.GetProperty("tuning");
        Assert.Equal("error_coded", tuning.GetProperty("objective").GetString());
        Assert.Equal(0.75, tuning.GetProperty("previous_threshold").GetDouble());
        Assert.Equal("labelled.csv", tuning.GetProperty("input").GetString());
    }

    [Fact]
    public void Tune_StoredModel_StoresTheTunedModelAsANewVersionNotPromoted()
    {
        var store = StoreCli.InFolder(_folder.Combine("store"), _folder.Combine("cache"));
        Assert.Equal(0, store.Run("models", "add", "ssa", _trained.ModelPath).ExitCode);
        var original = Assert.Single(store.Versions("ssa")).Version;
        Assert.Equal(0, store.Run("models", "promote", "ssa", original).ExitCode);

        var run = store.Run("tune", "--model", "ssa", "--input", _labelled, "--folds", "3", "--max-error-without-na", "0.05");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("(not promoted)", run.Output, StringComparison.Ordinal);
        var versions = store.Versions("ssa");
        Assert.Equal(2, versions.Count);
        Assert.Equal((original, true), versions[0]);
    }

    [Fact]
    public void Tune_UnreachableCap_IsAUserErrorNamingTheBestThatWasFound()
    {
        var run = CliRun.Start(
            "tune", "--model", _trained.ModelPath, "--input", _labelled, "--folds", "3",
            "--objective", "naCoded", "--max-error-without-na", "0", "--max-na", "0", "--output", _folder.Combine("x.ngmodel"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no threshold within 0.50-0.99 meets the caps", run.Error.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
