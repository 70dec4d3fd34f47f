using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using NameGender.Server;

namespace NameGender.Browser.Tests.Fixtures;

/// <summary>The real server on a free loopback port with the bundled model and a fresh SQLite file.</summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private PageServer(WebApplication app, string folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PageServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "namegender-browser-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var app = NameGenderServer.Build(options =>
        {
            options.ModelPath = Path.Combine(AppContext.BaseDirectory, "models", "default.ngmodel");
            options.Host = "127.0.0.1";
            options.Port = 0;
            options.LogLevel = LogLevel.Warning;
            options.Feedback.Database = Path.Combine(folder, "feedback.db");
        });
        await app.StartAsync();
        var server = new PageServer(app, folder, new Uri(app.Urls.Single()));
        await server.WaitForModelAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned anyway.
        }
    }

    private async Task WaitForModelAsync()
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var ping = await client.GetAsync(new Uri("/ping", UriKind.Relative));
            if (ping.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The server's model did not load within a minute.");
    }
}
