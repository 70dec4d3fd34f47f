using NameGender.Cli.Labeling;

namespace NameGender.Cli.Tests.Labeling;

public sealed class LabelOutputTests
{
    [Fact]
    public void Commit_ReplacesTheTargetOnlyThen()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Write("out.csv", "old"u8.ToArray());

        using (var output = LabelOutput.Open(target))
        {
            output.Stream.Write("new"u8);
            Assert.Equal("old", File.ReadAllText(target));
            output.Commit();
        }

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesTheTargetAsItWasAndNoTemporaryFile()
    {
        using var folder = new TemporaryFolder();
        var target = folder.Write("out.csv", "old"u8.ToArray());

        using (var output = LabelOutput.Open(target))
        {
            output.Stream.Write("half"u8);
        }

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_SaysWhichFolder()
    {
        using var folder = new TemporaryFolder();
        var missing = Path.Combine(folder.Path, "nowhere");

        var error = Assert.Throws<LabelException>(() => LabelOutput.Open(Path.Combine(missing, "out.csv")));

        Assert.Contains($"the folder '{missing}' does not exist", error.Message, StringComparison.Ordinal);
    }
}
