namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>
/// Every command's help renders. Descriptions are Spectre markup, so a stray bracket such as
/// "[,count]" once made --help crash; this covers every verb, including ones added later.
/// </summary>
public sealed class HelpTests
{
    public static TheoryData<string[]> Commands()
    {
        var data = new TheoryData<string[]> { new[] { "--help" } };
        foreach (var verb in Verbs())
        {
            data.Add([verb, "--help"]);
        }

        return data;
    }

    private static List<string> Verbs() =>
    [
        .. CliRun.Start("--help").Output.Split('\n')
            .SkipWhile(line => !line.StartsWith("COMMANDS:", StringComparison.Ordinal))
            .Skip(1)

            // A verb starts its line at the command column; wrapped descriptions are indented further.
            .Where(line => line.Length > 4 && line.StartsWith("    ", StringComparison.Ordinal) && line[4] != ' ')
            .Select(line => line.Trim().Split(' ')[0]),
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_OfEveryCommand_RendersWithoutError(string[] arguments)
    {
        var run = CliRun.Start(arguments);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("USAGE:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheCommandsOfTheMainJob()
    {
        var verbs = Verbs();

        Assert.Contains("predict", verbs);
        Assert.Contains("label", verbs);
        Assert.Contains("train", verbs);
        Assert.Contains("evaluate", verbs);
        Assert.Contains("import", verbs);
    }
}
