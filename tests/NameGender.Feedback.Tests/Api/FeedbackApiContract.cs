using System.Net;
using System.Text.Json;
using NameGender.Feedback.Demo;
using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Api;

/// <summary>The feedback routes through HTTP on the real server, on each database.</summary>
public abstract class FeedbackApiContract : IAsyncLifetime
{
    private FeedbackServer _server = null!;

    protected abstract DatabaseKind Kind { get; }

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await FeedbackServer.StartAsync(Kind);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [ServiceFact]
    public async Task Post_ValidFeedback_Answers201WithTheRecordInSnakeCase()
    {
        using var response = await Client.PostJsonAsync("/api/v1/feedback",
            new { first_name = "Emily", last_name = "Carter", feedback = "I love this service!", rating = 5 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = await response.ReadJsonAsync();
        Assert.Equal("Emily", item.GetProperty("first_name").GetString());
        Assert.Equal(5, item.GetProperty("rating").GetInt32());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("gender").ValueKind);
        Assert.Equal($"/api/v1/feedback/{item.GetProperty("id").GetInt64()}", response.Headers.Location?.ToString());
    }

    [ServiceTheory]
    [InlineData("""{"first_name": "Emily", "feedback": "ok", "rating": 6}""", "rating")]
    [InlineData("""{"first_name": "Emily", "feedback": "ok", "rating": 0}""", "rating")]
    [InlineData("""{"first_name": "Emily", "feedback": "   "}""", "feedback")]
    [InlineData("""{"first_name": "Emily"}""", "feedback")]
    [InlineData("""{"firstname": "Emily", "feedback": "ok"}""", "firstname")]
    [InlineData("""{"first_name": "Emily", "feedback": "ok", "rating": "five"}""", "rating")]
    [InlineData("""{"first_name": "Emily", "feedback": "ok\u0000"}""", "NUL")]
    [InlineData("""[1, 2]""", "JSON")]
    [InlineData("", "empty")]
    public async Task Post_InvalidFeedback_Answers400ProblemNamingTheField(string body, string named)
    {
        using var response = await Client.PostRawAsync("/api/v1/feedback", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Post_NamesAndTextAtTheirLimits_AreAcceptedAndOneMoreIsNot()
    {
        var longest = new { first_name = new string('a', 100), last_name = new string('b', 100), feedback = new string('c', 5000) };
        var tooLong = new { first_name = new string('a', 101), feedback = "ok" };
        var textTooLong = new { first_name = "Tom", feedback = new string('c', 5001) };

        using var accepted = await Client.PostJsonAsync("/api/v1/feedback", longest);
        using var refused = await Client.PostJsonAsync("/api/v1/feedback", tooLong);
        using var refusedText = await Client.PostJsonAsync("/api/v1/feedback", textTooLong);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refusedText.StatusCode);
    }

    [ServiceFact]
    public async Task IdentifyThenPredict_SelectedIds_SetFemaleMaleAndPositiveNegative()
    {
        var emily = await AddAsync("Emily", "I love this service, the staff were wonderful!");
        var robert = await AddAsync("Robert", "Terrible wait, nobody helped me.");

        using var identify = await Client.PostJsonAsync("/api/v1/feedback/identify-gender", new { ids = new[] { emily, robert } });
        using var predict = await Client.PostJsonAsync("/api/v1/feedback/predict-sentiment", new { ids = new[] { emily, robert } });

        Assert.Equal(2, (await identify.ReadJsonAsync()).GetProperty("updated").GetInt32());
        Assert.Equal(2, (await predict.ReadJsonAsync()).GetProperty("updated").GetInt32());
        var first = await Client.GetJsonAsync($"/api/v1/feedback/{emily}");
        var second = await Client.GetJsonAsync($"/api/v1/feedback/{robert}");
        Assert.Equal(("female", "POSITIVE"), (first.GetProperty("gender").GetString(), first.GetProperty("sentiment").GetString()));
        Assert.Equal(("male", "NEGATIVE"), (second.GetProperty("gender").GetString(), second.GetProperty("sentiment").GetString()));
        Assert.Equal("lookup", first.GetProperty("gender_source").GetString());
        Assert.StartsWith("ssa-us-default@", first.GetProperty("gender_model").GetString(), StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task IdentifyGender_EmptyBodyOrEmptyObject_DoesEveryPendingRecordOnce()
    {
        await AddAsync("Emily", "Great");
        await AddAsync("", "No name given");

        using var first = await Client.PostAsync(Json.Route("/api/v1/feedback/identify-gender"), null);
        using var second = await Client.PostRawAsync("/api/v1/feedback/identify-gender", "{}");

        Assert.Equal(2, (await first.ReadJsonAsync()).GetProperty("updated").GetInt32());
        Assert.Equal(0, (await second.ReadJsonAsync()).GetProperty("updated").GetInt32());
        var pending = await Client.GetJsonAsync("/api/v1/feedback?pending=gender");
        Assert.Equal(0, pending.GetProperty("total").GetInt64());
    }

    [ServiceFact]
    public async Task Patch_ManualGender_SticksThroughAForcedIdentifyGender()
    {
        var id = await AddAsync("Emily", "Great");

        using var patch = await Client.PatchAsync(Json.Route($"/api/v1/feedback/{id}"), Json.Body("""{"gender": "male"}"""));
        using var forced = await Client.PostJsonAsync("/api/v1/feedback/identify-gender", new { ids = new[] { id }, force = true });

        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        var item = await Client.GetJsonAsync($"/api/v1/feedback/{id}");
        Assert.Equal(("male", "manual"), (item.GetProperty("gender").GetString(), item.GetProperty("gender_source").GetString()));
        Assert.Equal(1, (await forced.ReadJsonAsync()).GetProperty("skipped").GetInt32());
    }

    [ServiceFact]
    public async Task IdentifyGender_PredictionFailsOnARecord_Answers503ProblemAndChangesNoRecord()
    {
        var done = await AddAsync("Allie", "Fine");
        using (await Client.PostJsonAsync("/api/v1/feedback/identify-gender", new { ids = new[] { done } }))
        {
        }

        var ids = new[] { done, await AddAsync("Emily", "Great"), await AddAsync("Zorbanelle", "Ok"), await AddAsync("Robert", "Bad") };
        var before = await RecordsAsync(ids);
        _server.Serve(BrokenModel.Create());

        using var response = await Client.PostJsonAsync("/api/v1/feedback/identify-gender", new { ids, force = true });
        using var pending = await Client.PostRawAsync("/api/v1/feedback/identify-gender", "{}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("Prediction failed", problem.GetProperty("title").GetString());
        Assert.Contains("No record was changed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pending.StatusCode);
        Assert.Equal(before, await RecordsAsync(ids));
    }

    [ServiceTheory]
    [InlineData("""{"gender": "woman"}""")]
    [InlineData("""{"rating": 9}""")]
    [InlineData("""{"id": 3}""")]
    [InlineData("""{}""")]
    public async Task Patch_InvalidChange_Answers400(string body)
    {
        var id = await AddAsync("Emily", "Great");

        using var response = await Client.PatchAsync(Json.Route($"/api/v1/feedback/{id}"), Json.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [ServiceFact]
    public async Task GetPatchDelete_UnknownId_Answer404Problems()
    {
        using var get = await Client.GetAsync(Json.Route("/api/v1/feedback/424242"));
        using var patch = await Client.PatchAsync(Json.Route("/api/v1/feedback/424242"), Json.Body("""{"rating": 3}"""));
        using var delete = await Client.DeleteAsync(Json.Route("/api/v1/feedback/424242"));

        Assert.All([get, patch, delete], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
    }

    [ServiceFact]
    public async Task Delete_KnownId_AnswersTheRecordAndRemovesIt()
    {
        var id = await AddAsync("Emily", "Great");

        using var delete = await Client.DeleteAsync(Json.Route($"/api/v1/feedback/{id}"));
        using var get = await Client.GetAsync(Json.Route($"/api/v1/feedback/{id}"));

        Assert.Equal(id, (await delete.ReadJsonAsync()).GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [ServiceTheory]
    [InlineData("page=0")]
    [InlineData("page_size=501")]
    [InlineData("page=x")]
    [InlineData("pending=rating")]
    public async Task List_BadQuery_Answers400(string query)
    {
        using var response = await Client.GetAsync(Json.Route("/api/v1/feedback?" + query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [ServiceFact]
    public async Task IdentifyGender_TwentyConcurrentCallsOverOneThousandRecords_AllSucceedAndMatchOneSequentialCall()
    {
        await ImportDemoAsync(1000);
        var ids = await AllIdsAsync();

        var calls = Enumerable.Range(0, 20).Select(async i =>
        {
            // Half name every record, half ask for all pending: both kinds of click race each other.
            object body = i % 2 == 0 ? new { ids } : new { };
            using var response = await Client.PostJsonAsync("/api/v1/feedback/identify-gender", body);
            return (response.StatusCode, Updated: (await response.ReadJsonAsync()).GetProperty("updated").GetInt32());
        });
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1000, results.Sum(r => r.Updated));
        var concurrent = await GendersAsync();
        Assert.All(concurrent, g => Assert.True(g.Gender is not null && g.Source is not null && g.Model is not null
            && (g.PFemale is not null || g.Source == "none")));

        await using var sequentialServer = await FeedbackServer.StartAsync(Kind);
        await ImportDemoAsync(1000, sequentialServer.Client);
        using (await sequentialServer.Client.PostRawAsync("/api/v1/feedback/identify-gender", "{}"))
        {
        }

        Assert.Equal(await GendersAsync(sequentialServer.Client), concurrent);
    }

    [ServiceFact]
    public async Task Post_TwoHundredConcurrentSubmissions_AllLand()
    {
        var posts = Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await Client.PostJsonAsync("/api/v1/feedback", new { first_name = $"Person {i}", feedback = $"Feedback number {i}", rating = (i % 5) + 1 });
            return (response.StatusCode, (await response.ReadJsonAsync()).GetProperty("id").GetInt64());
        });

        var results = await Task.WhenAll(posts);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(200, results.Select(r => r.Item2).Distinct().Count());
        Assert.Equal(200, (await Client.GetJsonAsync("/api/v1/feedback?page_size=1")).GetProperty("total").GetInt64());
    }

    [ServiceFact]
    public async Task ImportThenExport_KeepsEveryRowAndReportsRejectedLines()
    {
        const string csv = "Given,Surname,Comment,Stars,Date\r\nEmily,Carter,\"Great staff,\nreally\",5,2026-03-01\r\n"
            + "Robert,Hale,=HYPERLINK(\"x\"),9,2026-03-02\r\nAllie,Hale,Fine,4,yesterday\r\nTom,,\"Ok\",3,2026-03-03\r\n";

        using var import = await Client.PostAsync(Json.Route("/api/v1/feedback/import"), new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        var report = await import.ReadJsonAsync();
        using var export = await Client.GetAsync(Json.Route("/api/v1/feedback/export"));
        var exported = await export.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(4, report.GetProperty("rows").GetInt32());
        Assert.Equal(2, report.GetProperty("imported").GetInt32());
        Assert.Equal([4L, 5L], report.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"Great staff,\nreally\"", exported, StringComparison.Ordinal);
        Assert.StartsWith("id,first_name,last_name,feedback,rating,posted_at,gender,p_female", exported, StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Import_MappedColumnMissing_Answers400NamingTheHeader()
    {
        using var response = await Client.PostAsync(
            Json.Route("/api/v1/feedback/import?text=Remarks"), new StringContent("name,comment\nTom,ok\n", System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'comment'", (await response.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [ServiceFact]
    public async Task Insights_AfterIdentifyAndPredict_AnswerWithIntervalsAndASentence()
    {
        await ImportDemoAsync(300);
        using (await Client.PostRawAsync("/api/v1/feedback/identify-gender", "{}"))
        using (await Client.PostRawAsync("/api/v1/feedback/predict-sentiment", "{}"))
        {
        }

        var insights = await Client.GetJsonAsync("/api/v1/insights/gender");

        Assert.Equal(300, insights.GetProperty("records").GetInt32());
        Assert.Equal(0, insights.GetProperty("pending").GetInt32());
        Assert.True(insights.GetProperty("unknown").GetInt32() > 0);
        var rating = insights.GetProperty("women").GetProperty("mean_rating");
        Assert.True(rating.GetProperty("low").GetDouble() < rating.GetProperty("value").GetDouble());
        Assert.Matches("^Women rate the service .* points (higher|lower) than men \\(95% CI .*\\); (the difference is statistically meaningful|the data cannot tell them apart)\\.$",
            insights.GetProperty("answer").GetString());
    }

    private async Task<long> AddAsync(string firstName, string text)
    {
        using var response = await Client.PostJsonAsync("/api/v1/feedback", new { first_name = firstName, feedback = text });
        return (await response.ReadJsonAsync()).GetProperty("id").GetInt64();
    }

    private async Task<List<string>> RecordsAsync(IEnumerable<long> ids)
    {
        var records = new List<string>();
        foreach (var id in ids)
        {
            records.Add((await Client.GetJsonAsync($"/api/v1/feedback/{id}")).GetRawText());
        }

        return records;
    }

    private async Task ImportDemoAsync(int count, HttpClient? client = null)
    {
        var csv = new System.Text.StringBuilder("first_name,last_name,feedback,rating,posted_at\n");
        foreach (var item in DemoFeedback.Generate(count, seed: 11, ManualClock.Start))
        {
            csv.Append(Quote(item.FirstName)).Append(',').Append(Quote(item.LastName)).Append(',').Append(Quote(item.Text))
                .Append(',').Append(item.Rating).Append(',').Append(item.PostedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        using var response = await (client ?? Client).PostAsync(
            Json.Route("/api/v1/feedback/import"), new StringContent(csv.ToString(), System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(count, (await response.ReadJsonAsync()).GetProperty("imported").GetInt32());
    }

    private static string Quote(string? value) => "\"" + (value ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private async Task<long[]> AllIdsAsync()
    {
        var page = await Client.GetJsonAsync("/api/v1/feedback?page_size=500");
        var second = await Client.GetJsonAsync("/api/v1/feedback?page=2&page_size=500");
        return [.. page.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetInt64())];
    }

    private async Task<List<(string? Gender, double? PFemale, string? Source, string? Model)>> GendersAsync(HttpClient? client = null)
    {
        var genders = new List<(string?, double?, string?, string?)>();
        for (var page = 1; page <= 2; page++)
        {
            var list = await (client ?? Client).GetJsonAsync($"/api/v1/feedback?page={page}&page_size=500");
            foreach (var item in list.GetProperty("items").EnumerateArray())
            {
                var p = item.GetProperty("p_female");
                genders.Add((
                    item.GetProperty("gender").GetString(),
                    p.ValueKind == JsonValueKind.Null ? null : p.GetDouble(),
                    item.GetProperty("gender_source").GetString(),
                    item.GetProperty("gender_model").GetString()));
            }
        }

        return genders;
    }
}
