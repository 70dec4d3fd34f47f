using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Server;
using NameGender.Server.Models;
using NameGender.Server.Observability;

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
        await ServerReadiness.WaitForModelAsync(server.Address);
        return server;
    }

    /// <summary>Swaps the served model for <paramref name="model"/>, as a promotion would.</summary>
    public void Serve(GenderModel model)
    {
        var served = new ServedModel(
            new GenderPredictor(model), storeVersion: null, DateTimeOffset.UtcNow, cacheSize: 0,
            _app.Services.GetRequiredService<ServerMetrics>());
        _app.Services.GetRequiredService<ModelHolder>().Serve(served);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
