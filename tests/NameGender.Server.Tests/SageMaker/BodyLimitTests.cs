using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.SageMaker;

/// <summary>Bodies above Server:MaxBodyBytes, announced or streamed.</summary>
public sealed class BodyLimitTests : IAsyncLifetime, IDisposable
{
    private const int Limit = 4096;
    private readonly TemporaryFolder _folder = new();
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        var path = _folder.Combine("model.ngmodel");
        TrainedModels.Save(TrainedModels.First, path);
        _server = await RunningServer.StartReadyAsync(path, options => options.MaxBodyBytes = Limit);
    }

    [Fact]
    public async Task Invocations_ContentLengthAboveTheLimit_Answers413NamingIt()
    {
        using var response = await _server.Client.InvokeAsync(Names(Limit + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("4,096 bytes", await response.ReadDetailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invocations_ChunkedBodyAboveTheLimit_Answers413()
    {
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Names(Limit * 3))));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, Http.Route("/invocations")) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Invocations_BodyAtTheLimit_IsAnswered()
    {
        using var response = await _server.Client.InvokeAsync(Names(Limit));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PostGender_BodyAboveTheLimit_Answers413()
    {
        var names = string.Join(",", Enumerable.Repeat("\"Tom\"", Limit / 5));

        using var response = await _server.Client.PostAsync(
            Http.Route("/api/v1/gender"), Http.Body($"{{\"names\": [{names}]}}", "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A CSV body of exactly <paramref name="bytes"/> bytes: Tom,Tom,… padded with spaces.</summary>
    private static string Names(int bytes)
    {
        var body = string.Join(",", Enumerable.Repeat("Tom", bytes / 4));
        return body.PadRight(bytes);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _folder.Dispose();
}
