using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NameGender.Sentiment.Tests.Reference;

/// <summary>Runs score.js under Node over a sentences file and reads back its JSON.</summary>
internal static class ReferenceScorer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static IReadOnlyList<ReferenceScore> Score(string sentencesFile)
    {
        if (NodeRuntime.MissingPiece is { } missing)
        {
            throw new InvalidOperationException(
                $"{NodeRuntime.RequireVariable} is set but the reference cannot run: {missing}; "
                + NodeRuntime.InstallHint);
        }

        var start = new ProcessStartInfo(NodeRuntime.Executable!)
        {
            ArgumentList = { ReferenceFolder.Script, sentencesFile },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };

        using var node = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {start.FileName}");
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        if (!node.WaitForExit(Timeout))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {ReferenceFolder.Script} did not finish within {Timeout}.");
        }

        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"node {ReferenceFolder.Script} exited with {node.ExitCode}: {stderr.Result}");
        }

        return JsonSerializer.Deserialize<List<ReferenceScore>>(stdout)
            ?? throw new InvalidOperationException($"node {ReferenceFolder.Script} printed no JSON array.");
    }
}
