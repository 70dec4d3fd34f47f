using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NameGender.Core.Data;
using NameGender.Server.Models;
using NameGender.Server.OpenApi;
using NameGender.Server.Predictions;
using NameGender.Server.Requests;

namespace NameGender.Server.Api;

/// <summary>The REST API for new clients, under /api/v1: predictions and the served model.</summary>
internal static class GenderApi
{
    public static IEndpointRouteBuilder MapGenderApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1");

        v1.MapGet("/gender", PredictOne)
            .WithTags("Predictions")
            .WithName("PredictGender")
            .WithSummary("Predict the sex recorded at birth for one name")
            .WithDescription("The name may be a first name or a full name (\"Dr. Maria Lopez\"). With "
                + "country=IT, that country's evidence decides when it has any; country names it.")
            .WithResponseExample("""
                {"input": "Allie", "normalized": "allie", "gender": "female", "p_female": 0.993,
                 "evidence": 187334, "source": "lookup", "reason": null, "country": null,
                 "model_version": "20261203-195319-8409d71072eb"}
                """);

        v1.MapPost("/gender", PredictBatchAsync)
            .WithTags("Predictions")
            .WithName("PredictGenders")
            .WithSummary("Predict for a batch of names, answers in input order")
            .WithDescription("At most Server:MaxBatchNames names per request (10,000 by default). A field the body "
                + "does not take (a typo such as \"bron\") is refused with 400, never ignored.")
            .DocumentsBody<GenderBatchRequest>()
            .WithRequestExample("""{"names": ["Tom", "Allie"], "born": "1950-1969", "country": "US"}""")
            .WithResponseExample("""
                {"predictions": [
                  {"input": "Tom", "normalized": "tom", "gender": "male", "p_female": 0.004,
                   "evidence": 255816, "source": "lookup", "reason": null, "country": null,
                   "model_version": "20261203-195319-8409d71072eb"},
                  {"input": "Allie", "normalized": "allie", "gender": "female", "p_female": 0.981,
                   "evidence": 1254, "source": "lookup", "reason": null, "country": null,
                   "model_version": "20261203-195319-8409d71072eb"}]}
                """);

        v1.MapGet("/model", DescribeModel)
            .WithTags("Model")
            .WithName("GetModel")
            .WithSummary("The served model: name, version, creation time, sources and held-out metrics")
            .WithDescription(
                "store is null for a model served from a file; model_version is then its model_id.")
            .WithResponseExample("""
                {"name": "ssa", "model_id": "8409d71072eb", "model_version": "20261203-195319-8409d71072eb",
                 "store": {"location": "s3://models/team", "name": "ssa",
                  "version": "20261203-195319-8409d71072eb", "stored_at": "2026-12-03T19:53:19+00:00",
                  "promoted_at": "2026-12-03T20:10:00+00:00", "sha256": "…"},
                 "format_version": 1,
                 "created_at": "2026-12-03T18:42:00+00:00", "loaded_at": "2026-12-03T19:00:00+00:00",
                 "threshold": 0.75, "names": 104819, "births": 372009150, "data_first_year": 1880,
                 "data_last_year": 2023, "sources": [], "metrics": {"holdout": null, "holdout_rule": null,
                 "lookup": null}, "notes": "…"}
                """);

        return app;
    }

    private static Results<Ok<VersionedPrediction>, ProblemHttpResult> PredictOne(
        [Description("The name: a first name or a full name.")] string? name,
        [Description("Only count births in these years, e.g. 1950-1969, 1955 or 1950s.")] string? born,
        [Description("ISO 3166-1 alpha-2 country whose evidence decides, e.g. IT; countries are pooled without it.")]
        string? country,
        ModelHolder models)
    {
        var model = models.Current;
        if (model is null)
        {
            return Problems.ModelUnavailable(models.UnavailableReason);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return Problems.BadQuery("Give the name to predict for: ?name=Allie.");
        }

        if (!TryParseBorn(born, out var period, out var bornError))
        {
            return Problems.BadQuery(bornError);
        }

        if (!TryParseCountry(country, out var code, out var countryError))
        {
            return Problems.BadQuery(countryError);
        }

        return TypedResults.Ok(VersionedPrediction.Of(model.Predict(name, period, code), model.Version));
    }

    private static async Task<Results<Ok<GenderBatchResponse>, ProblemHttpResult>> PredictBatchAsync(
        HttpContext context, ModelHolder models, IOptions<ServerOptions> options)
    {
        var model = models.Current;
        if (model is null)
        {
            return Problems.ModelUnavailable(models.UnavailableReason);
        }

        var (batch, problem) = await JsonBodyReader.ReadAsync<GenderBatchRequest>(
            context, options.Value.MaxBodyBytes, GenderBatchRequest.Shape);
        if (problem is not null)
        {
            return problem;
        }

        if (CheckNames(batch!.Names) is { } namesError)
        {
            return Problems.InvalidField("names", namesError);
        }

        var names = batch!.Names!;
        var cap = options.Value.MaxBatchNames;
        if (names.Count > cap)
        {
            return Problems.TooManyNames(names.Count, cap);
        }

        if (!TryParseBorn(batch.Born, out var period, out var bornError))
        {
            return Problems.InvalidField("born", bornError);
        }

        if (!TryParseCountry(batch.Country, out var code, out var countryError))
        {
            return Problems.InvalidField("country", countryError);
        }

        var predictions = new VersionedPrediction[names.Count];
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = VersionedPrediction.Of(model.Predict(names[i]!, period, code), model.Version);
        }

        return TypedResults.Ok(new GenderBatchResponse(predictions));
    }

    private static Results<Ok<ModelDescription>, ProblemHttpResult> DescribeModel(ModelHolder models) =>
        models.Current is { } model
            ? TypedResults.Ok(ModelDescription.Of(model))
            : Problems.ModelUnavailable(models.UnavailableReason);

    private static string? CheckNames(IReadOnlyList<string?>? names)
    {
        if (names is null)
        {
            return "The body has no \"names\"; send {\"names\": [\"Tom\", \"Allie\"]}.";
        }

        if (names.Count == 0)
        {
            return "\"names\" is empty; send at least one name.";
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is null)
            {
                return $"Element {i} of \"names\" is null; expected a string.";
            }
        }

        return null;
    }

    private static bool TryParseBorn(string? born, out YearPeriod? period, out string problem)
    {
        period = null;
        problem = string.Empty;
        if (born is null)
        {
            return true;
        }

        if (!YearPeriod.TryParse(born, out var parsed, out var error))
        {
            problem = $"born: {error}";
            return false;
        }

        period = parsed;
        return true;
    }

    private static bool TryParseCountry(string? country, out string? code, out string problem)
    {
        code = null;
        problem = string.Empty;
        if (country is null)
        {
            return true;
        }

        if (!CountryCode.TryNormalize(country, out var normalized))
        {
            problem = $"country: expected {CountryCode.Expected}; found '{country}'";
            return false;
        }

        code = normalized;
        return true;
    }
}
