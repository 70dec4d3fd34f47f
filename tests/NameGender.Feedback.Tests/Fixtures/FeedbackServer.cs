using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using NameGender.Server;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>
/// The real server on a free loopback port with the bundled model and a fresh database of one kind,
/// ready once /ping answers 200.
/// </summary>
public sealed class FeedbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private FeedbackServer(WebApplication app, TestDatabase database, Uri address)
    {
        _app = app;
        _database = database;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<FeedbackServer> StartAsync(DatabaseKind kind, Action<ServerOptions>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var app = NameGenderServer.Build(options =>
        {
            options.ModelPath = BundledModel.ModelPath;
            options.Host = "127.0.0.1";
            options.Port = 0;
            options.Urls = null;
            options.LogLevel = LogLevel.Warning;
            database.Configure(options);
            configure?.Invoke(options);
        });
        await app.StartAsync();
        var server = new FeedbackServer(app, database, new Uri(app.Urls.Single()));
        await server.WaitUntilReadyAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var ping = await Client.GetAsync(new Uri("/ping", UriKind.Relative));
            if (ping.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The server's model did not load within a minute.");
    }
}
