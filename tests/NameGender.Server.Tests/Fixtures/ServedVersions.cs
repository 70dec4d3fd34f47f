using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>Which model version a running server reports, and its log.</summary>
public static class ServedVersions
{
    /// <summary>The model_version of GET /api/v1/model; null while no model is served.</summary>
    public static async Task<string?> ModelVersionAsync(this HttpClient client)
    {
        using var response = await client.GetAsync(Http.Route("/api/v1/model"));
        return response.IsSuccessStatusCode
            ? (await response.ReadJsonAsync()).GetProperty("model_version").GetString()
            : null;
    }

    /// <summary>
    /// Waits until the server reports <paramref name="expected"/>; returns the last version seen.
    /// </summary>
    public static async Task<string?> WaitForModelVersionAsync(
        this HttpClient client, string expected, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        string? version;
        do
        {
            version = await client.ModelVersionAsync();
            if (version == expected)
            {
                return version;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return version;
    }

    /// <summary>Captures the server's log from now on.</summary>
    public static LogCapture CaptureLogs(this RunningServer server)
    {
        ArgumentNullException.ThrowIfNull(server);

        var capture = new LogCapture();
        server.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }
}
