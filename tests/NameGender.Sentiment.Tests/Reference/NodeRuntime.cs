namespace NameGender.Sentiment.Tests.Reference;

/// <summary>
/// Whether the reference scorer can run here: <c>node</c> on PATH and the npm package installed.
/// CI sets <see cref="RequireVariable"/> so that a missing piece fails the test instead of skipping it.
/// </summary>
internal static class NodeRuntime
{
    public const string RequireVariable = "NAMEGENDER_REQUIRE_NODE";

    public static string? Executable { get; } =
        FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");

    public static bool IsRequired =>
        Environment.GetEnvironmentVariable(RequireVariable) is { Length: > 0 } value && value != "0";

    /// <summary>Why the reference cannot run, or null when it can.</summary>
    public static string? MissingPiece =>
        Executable is null ? "`node` is not on PATH"
        : !Directory.Exists(ReferenceFolder.Package) ? $"{ReferenceFolder.Package} is missing"
        : null;

    public static string InstallHint =>
        "install Node.js and run `npm ci --prefix tests/NameGender.Sentiment.Tests/Reference`";

    private static string? FindOnPath(string fileName)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var folder in folders)
        {
            var candidate = System.IO.Path.Combine(folder, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
