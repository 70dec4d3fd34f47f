using System.Text;
using NameGender.Cli.Commands;
using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace NameGender.Cli.Tests.Labeling;

[Collection(SharedLabelingModel.Name)]
public sealed class LabelCommandTests : IDisposable
{
    private readonly LabelingModelFixture _fixture;
    private readonly TemporaryFolder _folder = new();
    private readonly TestConsole _console = new();

    public LabelCommandTests(LabelingModelFixture fixture)
    {
        _fixture = fixture;

        // Wide enough that no message wraps, as on a redirected standard error.
        _console.Profile.Width = 1000;
    }

    [Fact]
    public void Execute_GoodFile_WritesTheLabelledFileAndASummary()
    {
        var csv = "id,name\n1,Emily\n2,John\n3,\"Hale\"\"\n";
        var input = _folder.Write("people.csv", Encoding.UTF8.GetBytes(csv));
        var output = _folder.Combine("labelled.csv");

        var exitCode = Execute(Settings(input, output));

        Assert.Equal(0, exitCode);
        var labelled = File.ReadAllText(output);
        Assert.StartsWith(
            "id,name,gender,p_female,source,reason\n1,Emily,female,", labelled, StringComparison.Ordinal);
        var messages = _console.Output;
        Assert.Contains(
            "unreadable: people.csv line 4: a quoted field is never closed, "
                + "so it runs to the end of the file",
            messages,
            StringComparison.Ordinal);
        Assert.Contains($"labelled {input} into {output}: 3 rows in ", messages, StringComparison.Ordinal);
        Assert.Contains(
            "female 1 (33.3%), male 1 (33.3%), unknown 1 (33.3%)", messages, StringComparison.Ordinal);
        Assert.Contains("unreadable rows: 1", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_MissingInput_PrintsOneErrorLineAndReturnsOne()
    {
        var missing = _folder.Combine("missing.csv");

        var exitCode = Execute(Settings(missing, _folder.Combine("out.csv")));

        Assert.Equal(1, exitCode);
        Assert.Equal($"error: the input file '{missing}' does not exist", _console.Output.Trim());
    }

    [Fact]
    public void Execute_ColumnClash_ReturnsOneAndWritesNoFile()
    {
        var input = _folder.Write("people.csv", Encoding.UTF8.GetBytes("name,source\nEmily,crm\n"));
        var output = _folder.Combine("labelled.csv");

        var exitCode = Execute(Settings(input, output));

        Assert.Equal(1, exitCode);
        Assert.StartsWith(
            "error: people.csv already has a column 'source'", _console.Output, StringComparison.Ordinal);
        Assert.Equal([input], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Execute_OutputIsTheInput_Refuses()
    {
        var input = _folder.Write("people.csv", Encoding.UTF8.GetBytes("name\nEmily\n"));

        var exitCode = Execute(Settings(input, input));

        Assert.Equal(1, exitCode);
        Assert.Contains("--output names the input file", _console.Output, StringComparison.Ordinal);
        Assert.Equal("name\nEmily\n", File.ReadAllText(input));
    }

    public void Dispose()
    {
        _folder.Dispose();
        _console.Dispose();
    }

    private int Execute(LabelSettings settings) =>
        new LabelCommand(_console, TimeProvider.System).Execute(
            new CommandContext([], new NoRemainingArguments(), "label", null),
            settings,
            CancellationToken.None);

    private LabelSettings Settings(string input, string output) =>
        new() { File = input, Column = "name", Output = output, Model = _fixture.ModelPath };

    private sealed class NoRemainingArguments : IRemainingArguments
    {
        public ILookup<string, string?> Parsed { get; } =
            Array.Empty<string>().ToLookup(key => key, key => (string?)key);

        public IReadOnlyList<string> Raw { get; } = [];
    }
}
