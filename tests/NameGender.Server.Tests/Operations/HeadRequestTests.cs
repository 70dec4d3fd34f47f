using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Operations;

/// <summary>HEAD, as load balancers and uptime checks send it, is answered like GET without a body.</summary>
public sealed class HeadRequestTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly HttpClient _client = served.Client;

    [Theory]
    [InlineData("/ping")]
    [InlineData("/")]
    [InlineData("/api/v1/model")]
    public async Task Head_GetRoute_AnswersAsGetWithoutABody(string route)
    {
        using var get = await _client.GetAsync(Http.Route(route));
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Http.Route(route)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_ThenGetOnTheSameConnection_TheGetIsWhole()
    {
        // A body sent after HEAD would be read as the start of the next answer.
        using (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Http.Route("/ping"))))
        {
        }

        using var get = await _client.GetAsync(Http.Route("/ping"));

        Assert.Equal("ready", (await get.ReadJsonAsync()).GetProperty("status").GetString());
    }
}
