using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Cli;

/// <summary>serve refusing to start: one clear error line, no stack trace, no log of it first.</summary>
public sealed class ServeStartErrorTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string[], string> Refusals => new()
    {
        { ["--model", "/nonexistent/model.ngmodel"], "'/nonexistent/model.ngmodel' does not exist" },
        { ["--urls", "garbage"], "invalid URL 'garbage'" },
        { ["--postgres", "Host=127.0.0.1;Port=1;Username=x;Database=y;Timeout=3"], "cannot use the feedback database" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Serve_BadOption_ExitsWithOneErrorLine(string[] options, string expected)
    {
        var (exitCode, output, errors) = await NameGenderProcess.RunAsync(
            NoEnvironment, ["serve", "--port", "0", .. options]);

        AssertOneCleanError(exitCode, output + errors, expected);
    }

    [Fact]
    public async Task Serve_DatabaseIsAFolder_ExitsWithOneErrorLine()
    {
        var (exitCode, output, errors) = await NameGenderProcess.RunAsync(
            NoEnvironment, ["serve", "--port", "0", "--database", _folder.Path]);

        AssertOneCleanError(exitCode, output + errors, "cannot use the feedback database");
    }

    public void Dispose() => _folder.Dispose();

    private static void AssertOneCleanError(int exitCode, string everything, string expected)
    {
        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, everything.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("beyond this machine", everything, StringComparison.Ordinal);
    }
}
