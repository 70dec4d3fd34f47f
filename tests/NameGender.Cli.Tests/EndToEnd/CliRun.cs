using System.Diagnostics;

namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>What one run of the namegender executable printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>
    /// Runs the built namegender.dll (copied next to the tests by the project reference) in its own
    /// process, as a user would, with standard output and error redirected.
    /// </summary>
    public static CliRun WithInput(string? standardInput, params string[] arguments) =>
        Run(standardInput, new Dictionary<string, string>(), arguments);

    public static CliRun Start(params string[] arguments) => WithInput(null, arguments);

    /// <summary>Runs with these environment variables set as well (a store's cache folder, S3 credentials).</summary>
    public static CliRun WithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(null, environment, arguments);

    private static CliRun Run(string? standardInput, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "namegender.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("NAMEGENDER_MODEL");
        start.Environment["NO_COLOR"] = "1";
        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"namegender {string.Join(' ', arguments)} ran over two minutes");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
