using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>
/// The whole path through the executable, for each store backend: train into the store, list,
/// promote, serve the promoted version, then promote another and roll back while it serves.
/// </summary>
public abstract class ServeCommandStoreContract : IAsyncLifetime, IDisposable
{
    private const string Name = "ssa";

    private readonly TemporaryFolder _folder = new();
    private string _location = string.Empty;

    protected abstract StoreBackend Backend { get; }

    private Dictionary<string, string> Environment => new(Backend.Environment)
    {
        ["NAMEGENDER_CACHE"] = _folder.Combine("cache"),

        // The feedback app is not what this test is about; it would only add a database.
        ["NAMEGENDER_SERVER__FEEDBACK__ENABLED"] = "false",
    };

    private string[] StoreArguments => Backend.S3Endpoint is { } endpoint
        ? ["--store", _location, "--s3-endpoint", endpoint]
        : ["--store", _location];

    public async Task InitializeAsync() => _location = await Backend.CreateLocationAsync(_folder);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [ServiceFact]
    public async Task Serve_StoreAndName_ServesThePromotedVersionAndFollowsPromoteAndRollbackOnSighup()
    {
        var names = _folder.Write("names.csv", TestModels.Names);
        var more = _folder.Write("more.csv", TestModels.NamesAndMore);
        await RunAsync("train", "--input", names, "--name", Name);
        await RunAsync("train", "--input", more, "--name", Name);
        var versions = await ListVersionsAsync();
        Assert.Equal(2, versions.Count);
        await RunAsync("models", "promote", Name, versions[0]);

        // An hour between polls: the switches below come from SIGHUP.
        var port = NameGenderProcess.FreePort();
        using var server = NameGenderProcess.Start(
            Environment,
            [
                "serve", .. StoreArguments, "--name", Name, "--host", "127.0.0.1",
                "--port", port.ToString(CultureInfo.InvariantCulture), "--poll-interval", "3600",
            ]);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitForPingAsync(client, server);
        using (var ping = await client.GetAsync(Http.Route("/ping")))
        {
            Assert.Equal(versions[0], (await ping.ReadJsonAsync()).GetProperty("model_version").GetString());
        }

        await RunAsync("models", "promote", Name, versions[1]);
        await HangUpAsync(server);
        var promoted = await client.WaitForModelVersionAsync(versions[1]);
        await RunAsync("models", "rollback", Name);
        await HangUpAsync(server);
        var rolledBack = await client.WaitForModelVersionAsync(versions[0]);
        await server.TerminateAsync();
        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(20));
        var log = await server.KillAndReadOutputAsync();

        Assert.True(versions[1] == promoted, log);
        Assert.True(versions[0] == rolledBack, log);
        Assert.Equal(0, exitCode);
        Assert.Contains("SIGHUP", log, StringComparison.Ordinal);
    }

    private async Task RunAsync(params string[] arguments)
    {
        var (exitCode, output, errors) = await NameGenderProcess.RunAsync(
            Environment, [.. arguments, .. StoreArguments]);
        Assert.True(exitCode == 0, $"namegender {string.Join(' ', arguments)}: {output}{errors}");
    }

    private async Task<IReadOnlyList<string>> ListVersionsAsync()
    {
        var (exitCode, output, errors) = await NameGenderProcess.RunAsync(
            Environment, ["models", "list", Name, "--json", .. StoreArguments]);
        Assert.True(exitCode == 0, errors);
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.EnumerateArray().Select(v => v.GetProperty("version").GetString()!)];
    }

    private static async Task HangUpAsync(NameGenderProcess server)
    {
        using var kill = Process.Start("kill", ["-HUP", server.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    private static async Task WaitForPingAsync(HttpClient client, NameGenderProcess server)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync(Http.Route("/ping"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("/ping never answered 200: " + await server.KillAndReadOutputAsync());
    }
}
