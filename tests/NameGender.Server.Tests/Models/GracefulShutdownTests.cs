using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Models;

/// <summary>A stop signal lets the request in flight finish.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Stop_WhileARequestBodyIsStillArriving_AnswersThatRequest()
    {
        var path = _folder.Combine("model.ngmodel");
        TrainedModels.Save(TrainedModels.First, path);
        await using var server = await RunningServer.StartReadyAsync(path);
        var halfSent = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        using var body = new PausingContent("Tom,Allie,"u8.ToArray(), "Jim"u8.ToArray(), halfSent, finish.Task);

        var answer = server.Client.PostAsync(Http.Route("/invocations"), body);
        await halfSent.Task;
        var stopping = server.StopAsync();
        finish.SetResult();

        using var response = await answer;
        await stopping;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.ReadMapAsync()).Count);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Sends the first part of a body, then waits for a signal before the rest.</summary>
    private sealed class PausingContent(byte[] first, byte[] rest, TaskCompletionSource halfSent, Task resume)
        : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(first);
            await stream.FlushAsync();
            halfSent.SetResult();
            await resume;
            await stream.WriteAsync(rest);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = first.Length + rest.Length;
            return true;
        }
    }
}
