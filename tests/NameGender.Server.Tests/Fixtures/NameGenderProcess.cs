using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// The real namegender executable (built beside the tests) run as a child process, the way a
/// container's entry point runs it: arguments, environment, exit code, standard output.
/// </summary>
public sealed class NameGenderProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;

    private NameGenderProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    /// <summary>The executable built beside the tests.</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "namegender.dll");

    /// <summary>deploy/entrypoint.sh, the container's entry point, found from the test's folder.</summary>
    public static string EntryPoint
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NameGender.sln")))
            {
                folder = folder.Parent;
            }

            var root = folder?.FullName ?? throw new DirectoryNotFoundException("no NameGender.sln above the tests");
            return Path.Combine(root, "deploy", "entrypoint.sh");
        }
    }

    /// <summary>Runs namegender with <paramref name="arguments"/>.</summary>
    public static NameGenderProcess Start(
        IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start("dotnet", environment, [Executable, .. arguments]);

    /// <summary>
    /// Runs the container's entry point with <paramref name="arguments"/> as SageMaker passes them,
    /// pointed at the executable built beside the tests instead of /app.
    /// </summary>
    public static NameGenderProcess StartEntryPoint(
        IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(
            "sh",
            new Dictionary<string, string>(environment) { ["NAMEGENDER_APP"] = Executable },
            [EntryPoint, .. arguments]);

    private static NameGenderProcess Start(
        string program, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new NameGenderProcess(Process.Start(start)!);
    }

    /// <summary>Runs to the end and returns the exit code with both outputs.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(
        IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        WaitAsync(Start(environment, arguments));

    public static Task<(int ExitCode, string Output, string Errors)> RunEntryPointAsync(
        IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        WaitAsync(StartEntryPoint(environment, arguments));

    private static async Task<(int ExitCode, string Output, string Errors)> WaitAsync(NameGenderProcess started)
    {
        using var process = started;
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return (exitCode, await process._output, await process._errors);
    }

    /// <summary>Asks the process to stop as a container runtime does, with SIGTERM.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    /// <summary>Everything the process wrote, for a failure message; kills it first if it still runs.</summary>
    public async Task<string> KillAndReadOutputAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        return await _output + await _errors;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
