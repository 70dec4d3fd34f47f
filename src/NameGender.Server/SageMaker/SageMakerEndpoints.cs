using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NameGender.Core.Predictions;
using NameGender.Core.Serialization;
using NameGender.Server.Models;
using NameGender.Server.Observability;
using NameGender.Server.OpenApi;
using NameGender.Server.Predictions;
using NameGender.Server.Requests;

namespace NameGender.Server.SageMaker;

/// <summary>
/// The SageMaker inference contract, drop-in for the original service's clients: GET /ping and
/// POST /invocations, on port 8080 in a container.
/// </summary>
internal static class SageMakerEndpoints
{
    // A common name whose answer proves the loaded model answers, not only that it loaded.
    private const string CanaryName = "Mary";

    public static IEndpointRouteBuilder MapSageMakerEndpoints(this IEndpointRouteBuilder app)
    {
        var sageMaker = app.MapGroup(string.Empty).WithTags("SageMaker");

        sageMaker.MapGet("/ping", Ping)
            .WithName("Ping")
            .WithSummary("Health check: 200 once a model is loaded and answers, 503 before")
            .WithDescription("SageMaker routes traffic to the container only while this answers 200.")
            .WithResponseExample("""
                {"status": "ready", "model": "ssa", "model_id": "8409d71072eb",
                 "model_version": "20261203-195319-8409d71072eb"}
                """);

        sageMaker.MapPost("/invocations", InvokeAsync)
            .WithName("Invoke")
            .WithSummary("Predict for the names in the body: a map of name to M, F or U")
            .WithDescription(
                "Content-Type text/csv (names separated by commas or line breaks, RFC 4180 quotes; " +
                "the default when no Content-Type is sent), application/json ({\"name\": …}, " +
                "{\"names\": […]} or an array) or application/jsonlines (one object per line). " +
                "Answers one key per distinct name as sent, trimmed. With Accept: application/json; " +
                "verbose=true (or the custom attribute verbose=true) it answers the full prediction " +
                "records instead, one per input in order, duplicates included, each with the " +
                "model_version that answered.")
            .DocumentsBody<string>()
            .WithRequestExample("text/csv", "Tom,Allie,Jim")
            .WithRequestExample("""{"names": ["Tom", "Allie", "Jim"]}""")
            .WithRequestExample("application/jsonlines", "{\"name\": \"Tom\"}\n{\"name\": \"Allie\"}\n")
            .WithResponseExample("""{"Tom": "M", "Allie": "F", "Jim": "M"}""");

        return app;
    }

    private static Results<Ok<PingAnswer>, ProblemHttpResult> Ping(ModelHolder models)
    {
        var model = models.Current;
        if (model is null)
        {
            return Problems.ModelUnavailable(models.UnavailableReason);
        }

        // Straight to the predictor, past the cache: the point is that the model still answers.
        var canary = model.Predictor.Predict(CanaryName);
        return canary.Source == PredictionSource.None
            ? Problems.ModelUnavailable(
                $"The model {model.Manifest.ModelId} gives no answer for '{CanaryName}'.")
            : TypedResults.Ok(
                new PingAnswer("ready", model.Manifest.Name, model.Manifest.ModelId, model.Version));
    }

    private static async Task<
        Results<GenderMapResult, JsonHttpResult<VersionedPrediction[]>, ProblemHttpResult>> InvokeAsync(
            HttpContext context, ModelHolder models, IOptions<ServerOptions> options, RequestLog log)
    {
        var model = models.Current;
        if (model is null)
        {
            return Refuse(log, Problems.ModelUnavailable(models.UnavailableReason));
        }

        var request = context.Request;
        if (BodyCharset.NotUtf8(request.ContentType) is { } charset)
        {
            return Refuse(log, Problems.CharsetNotUtf8(charset));
        }

        if (!InvocationHeaders.TryGetFormat(request.ContentType, out var format))
        {
            return Refuse(
                log, Problems.UnsupportedMediaType(request.ContentType, InvocationHeaders.AcceptedTypes));
        }

        var limit = options.Value.MaxBodyBytes;
        var body = await RequestBodyReader.ReadAsync(request, limit, context.RequestAborted);
        if (body.TooLarge)
        {
            return Refuse(log, Problems.TooLarge(limit));
        }

        var parsed = Parse(format, body.Bytes);
        if (parsed.Error is { } error)
        {
            return Refuse(log, Problems.UnreadableBody(error));
        }

        var predictions = model.PredictAll(parsed.Names);
        log.Answered("/invocations", predictions.Length, format, body.Bytes.Length);

        var headers = request.Headers;
        return InvocationHeaders.WantsRecords(headers.Accept, headers[InvocationHeaders.CustomAttributes])
            ? TypedResults.Json(VersionedPrediction.All(predictions, model.Version), NameGenderJson.Options)
            : new GenderMapResult(predictions);
    }

    private static ParsedNames Parse(InvocationFormat format, byte[] body)
    {
        if (body.Length == 0)
        {
            return ParsedNames.Fail("The body is empty; send at least one name.");
        }

        if (Utf8Body.Validate(body) is { } notUtf8)
        {
            return ParsedNames.Fail(notUtf8);
        }

        return format switch
        {
            InvocationFormat.Json => JsonNameReader.Read(body),
            InvocationFormat.JsonLines => JsonLinesNameReader.Read(body),
            _ => CsvNameReader.Read(System.Text.Encoding.UTF8.GetString(body)),
        };
    }

    private static ProblemHttpResult Refuse(RequestLog log, ProblemHttpResult problem)
    {
        log.Refused("/invocations", problem.StatusCode, problem.ProblemDetails.Detail);
        return problem;
    }
}
