using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.SageMaker;

/// <summary>POST /invocations with JSON and JSON-lines bodies, and the verbose records.</summary>
public sealed class InvocationsJsonTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly HttpClient _client = served.Client;

    [Theory]
    [InlineData("""{"name": " Allie "}""", new[] { "Allie" })]
    [InlineData("""{"names": ["Tom", "Allie", "Tom"]}""", new[] { "Tom", "Allie" })]
    [InlineData("""["Tom", "Allie", "Jim"]""", new[] { "Tom", "Allie", "Jim" })]
    [InlineData("\uFEFF[\"Tom\"]", new[] { "Tom" })]
    [InlineData("""{"names": ["Tom", ""], "born": "1950-1969"}""", new[] { "Tom", "" })]
    public async Task Invocations_JsonBody_AnswersOneKeyPerDistinctName(string body, string[] expectedKeys)
    {
        using var response = await _client.InvokeAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedKeys, (await response.ReadMapAsync()).Select(p => p.Key));
    }

    [Theory]
    [InlineData("application/jsonlines")]
    [InlineData("application/x-jsonlines")]
    [InlineData("Application/JSONLines; charset=utf-8")]
    public async Task Invocations_JsonLines_ReadsOneObjectPerLine(string contentType)
    {
        var body = "{\"name\": \"Tom\"}\r\n\n{\"name\": \"Allie\"}\n";

        using var response = await _client.InvokeAsync(body, contentType);

        Assert.Equal([new("Tom", "M"), new("Allie", "F")], await response.ReadMapAsync());
    }

    [Theory]
    [InlineData("application/json", "{\"name\": ")]
    [InlineData("application/json", "{\"name\": 3}")]
    [InlineData("application/json", "[\"Tom\", null]")]
    [InlineData("application/json", "{\"names\": []}")]
    [InlineData("application/json", "{\"name\": \"Tom\", \"names\": [\"Jim\"]}")]
    [InlineData("application/json", "{\"nmae\": \"Tom\"}")]
    [InlineData("application/json", "{\"name\": \"Tom\", \"born\": \"next year\"}")]
    [InlineData("application/json", "{\"name\": \"   \"}")]
    [InlineData("application/json", "42")]
    [InlineData("application/json", "  ")]
    [InlineData("application/jsonlines", "{\"name\": \"Tom\"}\n{\"name\": }")]
    [InlineData("application/jsonlines", "\n\n")]
    public async Task Invocations_UnusableJson_Answers400WithAMessage(string contentType, string body)
    {
        using var response = await _client.InvokeAsync(body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.ReadJsonAsync()).GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Invocations_JsonLinesError_NamesTheLine()
    {
        using var response = await _client.InvokeAsync("{\"name\": \"Tom\"}\n{\"name\": }", "application/jsonlines");

        Assert.StartsWith("Line 2", await response.ReadDetailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invocations_VerboseAccept_AnswersEveryRecordInOrderWithDuplicates()
    {
        using var response = await _client.InvokeVerboseAsync("Tom,Xqzvbnt,Tom, Allie", "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["Tom", "Xqzvbnt", "Tom", "Allie"], records.Select(r => r.GetProperty("input").GetString()));
        Assert.Equal(["male", "unknown", "male", "female"], records.Select(r => r.GetProperty("gender").GetString()));
        Assert.All(records, r => Assert.True(r.TryGetProperty("p_female", out _)));
        Assert.Equal("lookup", records[0].GetProperty("source").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, records[1].GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task Invocations_VerboseCustomAttribute_AnswersRecords()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Http.Route("/invocations"));
        request.Content = Http.Body("""{"names": ["Jim", "Jim"]}""", "application/json");
        request.Headers.Add("X-Amzn-SageMaker-Custom-Attributes", "trace=1,verbose=true");

        using var response = await _client.SendAsync(request);

        Assert.Equal(2, (await response.ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Invocations_BornRange_ReachesThePredictor()
    {
        using var response = await _client.InvokeVerboseAsync(
            """{"name": "Jordan", "born": "1990-1999"}""", "application/json");

        var record = (await response.ReadJsonAsync())[0];
        Assert.Equal("lookup", record.GetProperty("source").GetString());
        Assert.Equal(15000, record.GetProperty("evidence").GetInt64());
    }
}
