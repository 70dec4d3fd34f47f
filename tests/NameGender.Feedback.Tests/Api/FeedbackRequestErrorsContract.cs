using System.Net;
using System.Text;
using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Api;

/// <summary>
/// Bad requests to the feedback routes, on each database: every one a 400 (or 415) that says what
/// and where in plain words, and nothing imported or stored by halves.
/// </summary>
public abstract class FeedbackRequestErrorsContract : IAsyncLifetime
{
    private FeedbackServer _server = null!;

    protected abstract DatabaseKind Kind { get; }

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await FeedbackServer.StartAsync(Kind);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [ServiceTheory]
    [InlineData("/api/v1/feedback?page=1&page=2", "page")]
    [InlineData("/api/v1/feedback?page_size=10&page_size=20", "page_size")]
    [InlineData("/api/v1/feedback?pending=gender&pending=sentiment", "pending")]
    public async Task List_SingleValuedParameterRepeated_Answers400NamingIt(string route, string parameter)
    {
        using var response = await Client.GetAsync(Json.Route(route));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.ReadJsonAsync()).GetProperty("parameter").GetString());
    }

    [ServiceTheory]
    [InlineData("\"x\"")]
    [InlineData("3.5")]
    [InlineData("\"5\"")]
    public async Task Post_RatingNotAWholeNumber_Answers400SayingWhatRatingTakes(string rating)
    {
        using var response = await Client.PostRawAsync(
            "/api/v1/feedback", $$"""{"first_name": "Emily", "feedback": "ok", "rating": {{rating}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Equal("rating", problem.GetProperty("field").GetString());
        Assert.StartsWith("rating must be a whole number from 1 to 5", detail, StringComparison.Ordinal);
        Assert.Contains($"found {rating}", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("NameGender.", detail, StringComparison.Ordinal);
    }

    [ServiceTheory]
    [InlineData("""{"first_name": "Emily", "feedback": "ok", "posted_at": "yesterday"}""", "posted_at must be a date")]
    [InlineData("""{"first_name": "Emily", "feedback": "ok", "frist_name": "x"}""", "Unknown field \"frist_name\"")]
    [InlineData("""{"first_name": "Emily", "feedback": 5}""", "feedback must be a string")]
    public async Task Post_FieldWrongOrUnknown_Answers400NamingIt(string body, string expected)
    {
        using var response = await Client.PostRawAsync("/api/v1/feedback", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [ServiceTheory]
    [InlineData("""{"ids": "all"}""", "ids must be an array of record ids")]
    [InlineData("""{"ids": [1], "forse": true}""", "Unknown field \"forse\"")]
    [InlineData("""{"force": "yes"}""", "force must be true or false")]
    public async Task IdentifyGender_BodyFieldWrongOrUnknown_Answers400NamingIt(string body, string expected)
    {
        using var response = await Client.PostRawAsync("/api/v1/feedback/identify-gender", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [ServiceTheory]
    [InlineData("""{"gender": "other"}""", "gender must be \"female\", \"male\", \"unknown\"", "found \"other\"")]
    [InlineData("""{"rating": "5"}""", "rating must be a whole number from 1 to 5", "found \"5\"")]
    [InlineData("""{"rating": 3, "rating": 4}""", "\"rating\" is given twice", "give it once")]
    public async Task Patch_WrongValue_Answers400SayingWhatTheFieldTakes(string body, string takes, string found)
    {
        var id = await AddAsync();

        using var response = await Client.PatchAsync(Json.Route($"/api/v1/feedback/{id}"), Json.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.ReadJsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains(takes, detail, StringComparison.Ordinal);
        Assert.Contains(found, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong type", detail, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Post_NamesOfDecomposedAccents_CountAsPeopleSeeThem()
    {
        var hundred = string.Concat(Enumerable.Repeat("e\u0301", 100));

        using var accepted = await Client.PostJsonAsync("/api/v1/feedback", new { first_name = hundred, feedback = "ok" });
        using var refused = await Client.PostJsonAsync("/api/v1/feedback", new { first_name = hundred + "e\u0301", feedback = "ok" });

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var detail = (await refused.ReadJsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains("first_name is 101 characters long", detail, StringComparison.Ordinal);
        Assert.Contains("as people see them", detail, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Import_QuoteNeverClosed_RefusesTheWholeFileNamingTheLine()
    {
        using var response = await ImportAsync(string.Empty, "name,feedback,x\nAmy,fine,1\nDan,\"unclosed,2\nEve,ok,x\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Line 3: a quote", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await Client.GetJsonAsync("/api/v1/feedback")).GetProperty("total").GetInt32());
    }

    [ServiceFact]
    public async Task Import_QuoteNeverClosedOnTheLastLine_RejectsOnlyThatRow()
    {
        using var response = await ImportAsync(string.Empty, "name,feedback\nAmy,fine\nDan,\"unclosed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal(1, report.GetProperty("imported").GetInt32());
        Assert.Equal(3, report.GetProperty("rejected")[0].GetProperty("line").GetInt32());
    }

    [ServiceTheory]
    [InlineData("?frist_name=first_name", "first_name,feedback\nTom,ok\n", "'frist_name'")]
    [InlineData("", "feedback,feedback\nok,fine\n", "names one column twice")]
    [InlineData("?first_name=who&last_name=who", "who,feedback\nTom,ok\n", "both name the column 'who'")]
    [InlineData("?text=feedback&first_name=feedback", "feedback\nok\n", "both name the column 'feedback'")]
    public async Task Import_AmbiguousOrUnknownMapping_Answers400AndImportsNothing(string query, string csv, string expected)
    {
        using var response = await ImportAsync(query, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await Client.GetJsonAsync("/api/v1/feedback")).GetProperty("total").GetInt32());
    }

    [ServiceFact]
    public async Task Import_UnknownParameter_ListsTheValidOnes()
    {
        using var response = await ImportAsync("?frist_name=first_name", "first_name,feedback\nTom,ok\n");

        var detail = (await response.ReadJsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains("first_name, last_name, text, rating, posted_at, country", detail, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Import_CharsetOtherThanUtf8_Answers415SayingOnlyUtf8()
    {
        using var response = await Client.PostAsync(
            Json.Route("/api/v1/feedback/import"),
            new StringContent("name,feedback\nTom,ok\n", Encoding.Latin1, "text/csv"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("only UTF-8", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> ImportAsync(string query, string csv) =>
        Client.PostAsync(Json.Route("/api/v1/feedback/import" + query), new StringContent(csv, Encoding.UTF8, "text/csv"));

    private async Task<long> AddAsync()
    {
        using var response = await Client.PostJsonAsync("/api/v1/feedback", new { first_name = "Emily", feedback = "Great" });
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt64();
    }
}
