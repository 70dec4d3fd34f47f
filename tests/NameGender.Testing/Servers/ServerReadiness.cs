using System.Net;

namespace NameGender.Testing.Servers;

/// <summary>Waits for a server started by a test: it is ready once /ping answers 200 (its model is loaded).</summary>
public static class ServerReadiness
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task WaitForModelAsync(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);

        using var client = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow + Patience;
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
