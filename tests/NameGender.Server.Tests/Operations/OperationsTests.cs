using System.Net;
using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.Operations;

/// <summary>Metrics, the OpenAPI document and the API reference page.</summary>
public sealed class OperationsTests(ServedModelFixture served) : IClassFixture<ServedModelFixture>
{
    private readonly HttpClient _client = served.Client;

    [Fact]
    public async Task Metrics_AfterPredictions_CountsThemBySourceAndGenderWithRequestLatency()
    {
        using (await _client.InvokeAsync("Tom,Allie,Xqzvbnt"))
        {
        }

        var text = await _client.GetStringAsync(Http.Route("/metrics"));

        Assert.Contains("""namegender_predictions_total{source="lookup",gender="male"}""", text, StringComparison.Ordinal);
        Assert.Contains("""namegender_predictions_total{source="lookup",gender="female"}""", text, StringComparison.Ordinal);
        Assert.Contains("namegender_model_loads_total{outcome=\"loaded\"} 1", text, StringComparison.Ordinal);
        Assert.Contains("http_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("endpoint=\"/invocations\"", text, StringComparison.Ordinal);
        Assert.Contains("process_working_set_bytes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_NamesSummarizesTagsAndExemplifiesEveryRoute()
    {
        var document = await (await _client.GetAsync(Http.Route("/openapi/v1.json"))).ReadJsonAsync();

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Operation: op.Value)))
            .ToList();
        Assert.Equal(
            [
                "/api/v1/feedback", "/api/v1/feedback/export", "/api/v1/feedback/identify-gender",
                "/api/v1/feedback/import", "/api/v1/feedback/predict-sentiment", "/api/v1/feedback/{id}",
                "/api/v1/gender", "/api/v1/insights/gender", "/api/v1/model", "/genderize", "/invocations", "/ping",
            ],
            operations.Select(o => o.Path).Distinct().Order(StringComparer.Ordinal));
        Assert.All(operations, o =>
        {
            Assert.True(o.Operation.TryGetProperty("operationId", out _), o.Path);
            Assert.True(o.Operation.TryGetProperty("summary", out _), o.Path);
            Assert.True(o.Operation.TryGetProperty("tags", out _), o.Path);
            Assert.Contains("\"example\"", o.Operation.GetRawText(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Scalar_ReferencePage_IsServed()
    {
        using var response = await _client.GetAsync(Http.Route("/scalar"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_Answers404Problem()
    {
        using var response = await _client.GetAsync(Http.Route("/nowhere"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
