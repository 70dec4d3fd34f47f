using System.Net;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// Eight clients calling the server in a loop until stopped, half with names of the first test
/// model and half with the name only the second one adds; what they record shows whether a model
/// swap under load failed any request.
/// </summary>
public sealed class RequestLoad : IAsyncDisposable
{
    private const int Clients = 8;

    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _failures = [];
    private readonly List<Task> _clients;
    private int _answered;

    private RequestLoad(Func<string, Task<HttpResponseMessage>> call) =>
        _clients =
        [
            .. Enumerable.Range(0, Clients)
                .Select(i => Task.Run(() => CallUntilStoppedAsync(call, i % 2 == 0 ? "Tom,Allie,Jim" : "Peter,Mary"))),
        ];

    /// <summary>Requests answered, whatever their status.</summary>
    public int Answered => _answered;

    /// <summary>Status and body of every request not answered 200.</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_failures)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>Starts the clients; <paramref name="call"/> sends one request body.</summary>
    public static RequestLoad Start(Func<string, Task<HttpResponseMessage>> call) => new(call);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_clients);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task CallUntilStoppedAsync(Func<string, Task<HttpResponseMessage>> call, string body)
    {
        while (!_stop.IsCancellationRequested)
        {
            using var response = await call(body);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var failure = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                lock (_failures)
                {
                    _failures.Add(failure);
                }
            }

            Interlocked.Increment(ref _answered);
        }
    }
}
