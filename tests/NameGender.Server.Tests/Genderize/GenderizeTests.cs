using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Genderize;

/// <summary>The genderize.io-shaped route, driven as that API's clients drive it.</summary>
public sealed class GenderizeTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly GenderizeClient _client = new(served.Client, new Uri(served.Server.Address, "/genderize/"));

    [Fact]
    public async Task Client_BatchOfNames_GetsAnArrayInOrder()
    {
        var answers = await _client.GetAsync(["allie", "tom", "Xqzvbnt"]);

        Assert.Equal(["allie", "tom", "Xqzvbnt"], answers.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("female", answers[0].GetProperty("gender").GetString());
        Assert.Equal("male", answers[1].GetProperty("gender").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answers[2].GetProperty("gender").ValueKind);
        Assert.Equal(0, answers[2].GetProperty("probability").GetDouble());
        Assert.Equal(52090, answers[1].GetProperty("count").GetInt64());
        Assert.InRange(answers[1].GetProperty("probability").GetDouble(), 0.9, 1.0);
    }

    [Fact]
    public async Task Client_CountryId_IsAcceptedAndEchoed()
    {
        var answers = await _client.GetAsync(["tom"], countryId: "US");

        Assert.Equal("US", answers[0].GetProperty("country_id").GetString());
        Assert.Equal("male", answers[0].GetProperty("gender").GetString());
    }

    [Fact]
    public async Task Client_CountryIdThatIsNoCountry_ReadsTheErrorField()
    {
        var refusal = await Assert.ThrowsAsync<GenderizeException>(() => _client.GetAsync(["tom"], countryId: "XX"));

        Assert.Equal("Invalid 'country_id' parameter", refusal.Message);
    }

    [Fact]
    public async Task Client_NoName_ReadsTheErrorField()
    {
        var refusal = await Assert.ThrowsAsync<GenderizeException>(() => _client.GetAsync([]));

        Assert.Equal("Missing 'name' parameter", refusal.Message);
    }

    [Fact]
    public async Task Genderize_SingleName_AnswersOneObjectInTheGenderizeShape()
    {
        using var response = await served.Client.GetAsync(Http.Route("/genderize?name=tom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        Assert.Equal(["name", "gender", "probability", "count"], answer.EnumerateObject().Select(p => p.Name));
        Assert.Equal("tom", answer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Genderize_AboveTheCap_Answers422WithError()
    {
        var query = string.Join('&', Enumerable.Range(0, 51).Select(_ => "name[]=tom"));

        using var response = await served.Client.GetAsync(Http.Route("/genderize?" + query));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await response.ReadJsonAsync()).GetProperty("error").GetString();
        Assert.Contains("at most 50", error, StringComparison.Ordinal);
    }
}
