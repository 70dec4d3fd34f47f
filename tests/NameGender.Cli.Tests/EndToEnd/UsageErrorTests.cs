namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>Mistakes on the command line stop the command with one line that names the mistake.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("predict", "Jordan", "--treshold", "0.6")]
    [InlineData("predict", "--bogus", "Tom")]
    [InlineData("predict", "Tom", "--bogus=1")]
    public void UnknownOption_ExitsOneNamingIt(params string[] arguments)
    {
        var run = CliRun.Start(arguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("Unknown option", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threshold", "abc", "--threshold takes a number (with a point: 0.8); found 'abc'")]
    [InlineData("--threshold=0,8", null, "--threshold takes a number (with a point: 0.8); found '0,8'")]
    public void UnreadableNumber_NamesTheOptionAndTheValue(string option, string? value, string expected)
    {
        string[] arguments = value is null ? ["predict", "Tom", option] : ["predict", "Tom", option, value];

        var run = CliRun.Start(arguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: " + expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderGivenForAFile_IsOneErrorLineNotATrace()
    {
        var (folder, people) = PeopleFile();

        var run = CliRun.Start("label", people, "--column", "first_name", "--output=" + folder.FullName);
        folder.Delete(recursive: true);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/full")]
    [InlineData("/dev/stdout")]
    public void LabelOutputIsADevice_IsRefusedBeforeAnythingIsWritten(string device)
    {
        var (folder, people) = PeopleFile();

        var run = CliRun.Start("label", people, "--column", "first_name", "--output=" + device);
        folder.Delete(recursive: true);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("it is a device, not a file; use --output=- for standard output", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelOutputIsALink_WritesThroughTheLinkAndKeepsIt()
    {
        var (folder, people) = PeopleFile();
        var target = Path.Combine(folder.FullName, "target.csv");
        var link = Path.Combine(folder.FullName, "link.csv");
        File.CreateSymbolicLink(link, target);

        var run = CliRun.Start("label", people, "--column", "first_name", "--output", link);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.StartsWith("first_name,gender,p_female,source,reason\nTom,male,", File.ReadAllText(target), StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    [Fact]
    public void BornOutsideTheModelsData_IsRefusedNamingTheYearsItCovers()
    {
        var run = CliRun.Start("predict", "Leslie", "--born", "1800-1850");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--born 1800-1850: this model's data cover 1880-2029 only", run.Error.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void ModelsListOfAStoreFolderThatDoesNotExist_IsATypoNotAnEmptyStore()
    {
        var missing = Path.Combine(Path.GetTempPath(), "namegender-no-store-" + Guid.NewGuid().ToString("N"));

        var run = CliRun.Start("models", "list", "--store", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"--store {missing}: no such folder", run.Error.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    // A one-name CSV in a folder of its own, which the test deletes.
    private static (DirectoryInfo Folder, string People) PeopleFile()
    {
        var folder = Directory.CreateTempSubdirectory("namegender-usage-");
        var people = Path.Combine(folder.FullName, "people.csv");
        File.WriteAllText(people, "first_name\nTom\n");
        return (folder, people);
    }
}
