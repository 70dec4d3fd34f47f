using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Api;

/// <summary>
/// Bodies of POST /api/v1/gender that cannot be answered: each is a 400 naming the field and what
/// it takes in plain words, never a .NET type.
/// </summary>
public sealed class GenderBatchBodyTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly HttpClient _client = served.Client;

    [Theory]
    [InlineData("""{"names": "Tom"}""", "names", "names must be an array of names")]
    [InlineData("""{"names": ["Tom", 3]}""", "names", "$.names[1]")]
    [InlineData("""{"names": ["Tom"], "born": 1950}""", "born", "born must be a string of birth years")]
    [InlineData("""{"names": ["Tom"], "country": ["US"]}""", "country", "country must be a string")]
    [InlineData("""{"names": ["Tom"], "bron": "1950"}""", "bron", "Unknown field \"bron\"; the body takes names, born, country")]
    [InlineData("""{"names": ["Tom"], "names": ["Allie"]}""", "names", "given twice")]
    [InlineData("""{"names": ["Tom"], "born": "soon"}""", "born", "born:")]
    [InlineData("""{"names": ["Tom"], "country": "Italy"}""", "country", "country:")]
    public async Task Post_FieldOfTheWrongKind_Answers400NamingTheFieldInPlainWords(
        string body, string field, string expected)
    {
        using var response = await _client.PostAsync(Http.Route("/api/v1/gender"), Http.Body(body, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Equal("Invalid request body", problem.GetProperty("title").GetString());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("GenderBatchRequest", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""["Tom", "Allie"]""", "The body is an array")]
    [InlineData("""{"names": ["Tom"]""", "not valid JSON (line 1")]
    [InlineData("\"Tom\"", "The body is a string")]
    public async Task Post_BodyNotAnObject_Answers400ShowingTheShape(string body, string expected)
    {
        using var response = await _client.PostAsync(Http.Route("/api/v1/gender"), Http.Body(body, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = await response.ReadDetailAsync();
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.Contains("""{"names": ["Tom", "Allie"]}""", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("GenderBatchRequest", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CharsetOtherThanUtf8_Answers415SayingOnlyUtf8()
    {
        using var response = await _client.PostAsync(
            Http.Route("/api/v1/gender"), Http.Body("""{"names": ["Tom"]}""", "application/json; charset=iso-8859-1"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("only UTF-8", await response.ReadDetailAsync(), StringComparison.Ordinal);
    }
}
