using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using NameGender.Server;

namespace NameGender.Browser.Tests.Fixtures;

/// <summary>The real server on a free loopback port with the bundled model and a fresh SQLite file.</summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TemporaryFolder _folder;

    private PageServer(WebApplication app, TemporaryFolder folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PageServer> StartAsync()
    {
        var folder = new TemporaryFolder();
        var app = NameGenderServer.Build(options =>
        {
            options.ModelPath = Path.Combine(AppContext.BaseDirectory, "models", "default.ngmodel");
            options.Host = "127.0.0.1";
            options.Port = 0;
            options.LogLevel = LogLevel.Warning;
            options.Feedback.Database = folder.Combine("feedback.db");
        });
        await app.StartAsync();
        var server = new PageServer(app, folder, new Uri(app.Urls.Single()));
        await ServerReadiness.WaitForModelAsync(server.Address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
