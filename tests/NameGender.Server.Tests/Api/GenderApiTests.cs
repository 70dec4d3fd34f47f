using System.Net;
using System.Net.Http.Json;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Api;

/// <summary>The REST API under /api/v1, against the real server.</summary>
public sealed class GenderApiTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly HttpClient _client = served.Client;

    [Fact]
    public async Task GetGender_OneName_AnswersThePredictionInSnakeCase()
    {
        using var response = await _client.GetAsync(Http.Route("/api/v1/gender?name=Allie"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var prediction = await response.ReadJsonAsync();
        Assert.Equal("Allie", prediction.GetProperty("input").GetString());
        Assert.Equal("allie", prediction.GetProperty("normalized").GetString());
        Assert.Equal("female", prediction.GetProperty("gender").GetString());
        Assert.True(prediction.GetProperty("p_female").GetDouble() > 0.9);
        Assert.Equal("lookup", prediction.GetProperty("source").GetString());
        Assert.Equal(11060, prediction.GetProperty("evidence").GetInt64());
    }

    [Fact]
    public async Task GetGender_BornRange_CountsOnlyThoseYears()
    {
        using var all = await _client.GetAsync(Http.Route("/api/v1/gender?name=Jordan"));
        using var nineties = await _client.GetAsync(Http.Route("/api/v1/gender?name=Jordan&born=1950-1969"));

        Assert.Equal(15000, (await all.ReadJsonAsync()).GetProperty("evidence").GetInt64());
        Assert.NotEqual("lookup", (await nineties.ReadJsonAsync()).GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("/api/v1/gender")]
    [InlineData("/api/v1/gender?name=")]
    [InlineData("/api/v1/gender?name=Tom&born=soon")]
    [InlineData("/api/v1/gender?name=Tom&country=Italy")]
    [InlineData("/api/v1/gender?name=Tom&country=UK")]
    public async Task GetGender_MissingNameOrBadBorn_Answers400Problem(string route)
    {
        using var response = await _client.GetAsync(Http.Route(route));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetGender_CountryTheModelHasNoEvidenceFrom_OtherEvidenceAnswersWithoutACountry()
    {
        using var response = await _client.GetAsync(Http.Route("/api/v1/gender?name=Allie&country=it"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var prediction = await response.ReadJsonAsync();
        Assert.Equal("female", prediction.GetProperty("gender").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, prediction.GetProperty("country").ValueKind);
    }

    [Fact]
    public async Task PostGender_Batch_AnswersPredictionsInInputOrder()
    {
        using var response = await _client.PostAsJsonAsync(
            Http.Route("/api/v1/gender"),
            new { names = new[] { "Jim", "Allie", "Xqzvbnt", "Jim" }, born = "1950-1999" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var predictions = (await response.ReadJsonAsync()).GetProperty("predictions").EnumerateArray().ToList();
        Assert.Equal(["Jim", "Allie", "Xqzvbnt", "Jim"], predictions.Select(p => p.GetProperty("input").GetString()));
        Assert.Equal(
            ["male", "female", "unknown", "male"], predictions.Select(p => p.GetProperty("gender").GetString()));
    }

    [Fact]
    public async Task PostGender_AboveTheCap_Answers400NamingTheCap()
    {
        var names = Enumerable.Range(0, 51).Select(i => "Tom").ToArray();

        using var response = await _client.PostAsJsonAsync(Http.Route("/api/v1/gender"), new { names });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 50", await response.ReadDetailAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "{\"names\": [\"Tom\"")]
    [InlineData("application/json", "{\"names\": []}")]
    [InlineData("application/json", "{\"names\": [\"Tom\", null]}")]
    [InlineData("application/json", "{\"born\": \"1950s\"}")]
    [InlineData("application/json", "{\"names\": [\"Tom\"], \"born\": \"later\"}")]
    [InlineData("application/json", "{\"names\": [\"Tom\"], \"country\": \"Italy\"}")]
    [InlineData("application/json", "")]
    public async Task PostGender_UnusableBody_Answers400Problem(string contentType, string body)
    {
        using var response = await _client.PostAsync(Http.Route("/api/v1/gender"), Http.Body(body, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.ReadJsonAsync()).GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task PostGender_NotJson_Answers415()
    {
        using var response = await _client.PostAsync(Http.Route("/api/v1/gender"), Http.Body("Tom", "text/csv"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task GetModel_AnswersNameVersionCreationSourcesAndHeldOutMetrics()
    {
        using var response = await _client.GetAsync(Http.Route("/api/v1/model"));

        var model = await response.ReadJsonAsync();
        Assert.Equal("first", model.GetProperty("name").GetString());
        Assert.Equal(served.ModelId, model.GetProperty("model_id").GetString());
        Assert.True(model.GetProperty("created_at").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
        Assert.Equal(1, model.GetProperty("sources").GetArrayLength());
        Assert.True(model.GetProperty("metrics").GetProperty("holdout").GetProperty("accuracy").GetDouble() > 0);
    }
}
