using System.Text;
using System.Text.Json;
using NameGender.Cli.Tests.Labeling;

namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>Countries from train to predict, label and models, as a user drives the executable.</summary>
public sealed class CountryCliTests : IClassFixture<CountryCliTests.CountryStore>
{
    private readonly CountryStore _trained;

    public CountryCliTests(CountryStore trained)
    {
        ArgumentNullException.ThrowIfNull(trained);
        _trained = trained;
    }

    [Fact]
    public void Train_CountryPrefixAndInputCountry_EachInputsRecordsCarryTheirCountry()
    {
        Assert.Equal(0, _trained.Train.ExitCode);
        Assert.Contains("countries: IT", _trained.Train.Error, StringComparison.Ordinal);
        Assert.Contains("countries: US", _trained.Train.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_PrefixThatIsNoCountry_IsRefusedNamingIt()
    {
        var run = CliRun.Start("train", "--input", "QQ:/nowhere/it.csv", "--output", "x.ngmodel");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'QQ:' is no country", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IT", "male", "IT")]
    [InlineData("us", "female", "US")]
    public void Predict_WithCountry_ThatCountryDecidesAndIsNamed(string country, string gender, string used)
    {
        var run = CliRun.Start("predict", "Andrea", "--country", country, "--json", "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        var prediction = JsonDocument.Parse(run.Output).RootElement[0];
        Assert.Equal(gender, prediction.GetProperty("gender").GetString());
        Assert.Equal(used, prediction.GetProperty("country").GetString());
    }

    [Fact]
    public void Predict_CountryThatIsNoCode_IsRefused()
    {
        var run = CliRun.Start("predict", "Andrea", "--country", "Italy", "--model", _trained.ModelPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--country: expected an ISO 3166-1 alpha-2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Label_CountryColumn_BlankUsesCountryOptionAndABadCellKeepsItsRowReported()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("people.csv", "id,first_name,cc\n1,Andrea,IT\n2,Andrea,\n3,Andrea,Italy\n"u8.ToArray());
        var output = folder.Combine("out.csv");

        var run = CliRun.Start(
            "label", input, "--column", "first_name", "--country-column", "cc", "--country", "US",
            "--output", output, "--model", _trained.ModelPath);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("1,Andrea,IT,male,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,Andrea,,female,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("3,Andrea,Italy,unknown,", lines[3], StringComparison.Ordinal);
        Assert.Contains("cc: expected an ISO 3166-1 alpha-2", lines[3], StringComparison.Ordinal);
        Assert.Contains("people.csv line 4", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelsShow_ListsCountriesAndEachSourcesPublisherAndLicence()
    {
        var show = CliRun.Start("models", "show", "intl", _trained.Version, "--store", _trained.StorePath);
        var list = CliRun.Start("models", "list", "--store", _trained.StorePath);

        Assert.Equal(0, show.ExitCode);
        Assert.Contains("IT US", show.Output, StringComparison.Ordinal);
        Assert.Contains("Istat; CC BY 3.0", show.Output, StringComparison.Ordinal);
        Assert.Contains("IT US", list.Output, StringComparison.Ordinal);
        Assert.Contains("Istat; CC BY 3.0", list.Output, StringComparison.Ordinal);
    }

    /// <summary>A two-country model stored in a folder store, and the same model as a file.</summary>
    public sealed class CountryStore : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public CountryStore()
        {
            var italy = _folder.Write("it.csv", Encoding.UTF8.GetBytes(
                "name,sex,count\nAndrea,M,5000\nAndrea,F,30\nGiulia,F,3000\nMarco,M,3500\nLuca,M,2000\nSofia,F,2800\n"));
            var us = _folder.Write("us.csv", Encoding.UTF8.GetBytes(
                "name,sex,count\nAndrea,F,9000\nAndrea,M,40\nEmily,F,9000\nJohn,M,13000\nMary,F,12000\nRobert,M,11000\n"));
            var sources = _folder.Write("sources.json", """
                {"sources": {"it.csv": {"publisher": "Istat", "licence": "CC BY 3.0", "count_meaning": "births"}}}
                """u8.ToArray());
            StorePath = _folder.Combine("store");
            ModelPath = _folder.Combine("model.ngmodel");

            Train = CliRun.Start(
                "train", "--input", $"IT:{italy}", "--input", us, "--input-country", "US",
                "--sources", sources, "--store", StorePath, "--name", "intl");
            CliRun.Start(
                "train", "--input", $"IT:{italy}", "--input", us, "--input-country", "US", "--output", ModelPath);
            var versions = JsonDocument.Parse(CliRun.Start("models", "list", "intl", "--store", StorePath, "--json").Output);
            Version = versions.RootElement[0].GetProperty("version").GetString()!;
        }

        public CliRun Train { get; }

        public string StorePath { get; }

        public string ModelPath { get; }

        public string Version { get; }

        public void Dispose() => _folder.Dispose();
    }
}
