using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Api;

/// <summary>
/// A query parameter that takes one value, given twice: the framework would join the values with
/// a comma ("Tom,Allie", read as surname, given name), so the server refuses it, naming it.
/// </summary>
public sealed class RepeatedQueryTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly HttpClient _client = served.Client;

    [Theory]
    [InlineData("/api/v1/gender?name=Tom&name=Allie", "name")]
    [InlineData("/api/v1/gender?NAME=Tom&name=Allie", "name")]
    [InlineData("/api/v1/gender?name=Tom&born=1950&born=1960", "born")]
    [InlineData("/api/v1/gender?name=Tom&country=US&country=IT", "country")]
    public async Task Get_SingleValuedParameterRepeated_Answers400NamingIt(string route, string parameter)
    {
        using var response = await _client.GetAsync(Http.Route(route));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains($"'{parameter}' is given 2 times", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ParameterOnce_IsAnsweredAsBefore()
    {
        using var response = await _client.GetAsync(Http.Route("/api/v1/gender?name=Tom&born=1950-1969"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/genderize?name=tom&name=allie", "'name'")]
    [InlineData("/genderize?name=tom&name[]=allie", "not both")]
    [InlineData("/genderize?name[]=tom&name=allie", "not both")]
    [InlineData("/genderize?name=tom&country_id=US&country_id=IT", "'country_id'")]
    public async Task Genderize_RepeatedOrMixedNames_Answers422InGenderizeShape(string route, string named)
    {
        using var response = await _client.GetAsync(Http.Route(route));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, (await response.ReadJsonAsync()).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Genderize_RepeatedBatchParameter_AnswersEveryNameInOrder()
    {
        using var response = await _client.GetAsync(Http.Route("/genderize?name[]=tom&name[]=allie"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answers = await response.ReadJsonAsync();
        Assert.Equal(["tom", "allie"], answers.EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }
}
