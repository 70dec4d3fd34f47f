using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// The real server on a free loopback port, with an HttpClient pointed at it. Polls the model
/// file every 100 ms so tests of a model appearing or changing stay quick.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>The app's services, e.g. to add a logger provider that captures its log.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<RunningServer> StartAsync(string modelPath, Action<ServerOptions>? configure = null)
    {
        var app = NameGenderServer.Build(options =>
        {
            options.ModelPath = modelPath;
            options.Host = "127.0.0.1";
            options.Port = 0;
            options.Urls = null;
            options.ModelPollInterval = TimeSpan.FromMilliseconds(100);
            options.LogLevel = LogLevel.Warning;
            configure?.Invoke(options);
        });
        await app.StartAsync();
        return new RunningServer(app, new Uri(app.Urls.Single()));
    }

    /// <summary>Starts a server on <paramref name="modelPath"/> and waits until /ping answers 200.</summary>
    public static async Task<RunningServer> StartReadyAsync(string modelPath, Action<ServerOptions>? configure = null)
    {
        var server = await StartAsync(modelPath, configure);
        await server.WaitForPingAsync(HttpStatusCode.OK);
        return server;
    }

    public async Task WaitForPingAsync(HttpStatusCode expected, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        HttpStatusCode last;
        do
        {
            using var response = await Client.GetAsync(new Uri("/ping", UriKind.Relative));
            last = response.StatusCode;
            if (last == expected)
            {
                return;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"/ping still answers {(int)last}, not {(int)expected}");
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
