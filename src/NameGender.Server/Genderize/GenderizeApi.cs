using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NameGender.Core.Data;
using NameGender.Core.Serialization;
using NameGender.Server.Models;
using NameGender.Server.OpenApi;

namespace NameGender.Server.Genderize;

/// <summary>
/// GET /genderize in genderize.io's shape, so its clients work against a self-hosted server by
/// changing their base URL to http://host:port/genderize/.
/// </summary>
internal static class GenderizeApi
{
    public static IEndpointRouteBuilder MapGenderizeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/genderize", Genderize)
            .WithTags("genderize.io")
            .WithName("Genderize")
            .WithSummary("genderize.io-compatible: ?name=peter, or name[]=a&name[]=b for a batch; never both (422)")
            .WithDescription(
                "One name answers an object, name[] answers an array in order. genderize.io clients send one "
                + "form or the other, so a request mixing name and name[], or repeating name or country_id, "
                + "is refused with 422 and an error naming the parameter, in genderize.io's error shape, "
                + "rather than answering some names and dropping others. country_id (ISO 3166-1 alpha-2) "
                + "makes that country's evidence decide when the model has any, and is echoed.")
            .Produces<GenderizeAnswer[]>(StatusCodes.Status200OK, "application/json")
            .WithResponseExample("""
                {"name": "peter", "gender": "male", "probability": 1.0, "count": 1094417}
                """);

        return app;
    }

    private static Results<Ok<GenderizeAnswer>, Ok<GenderizeAnswer[]>, JsonHttpResult<ProblemDetails>>
        Genderize(
        [FromQuery(Name = "name"), Description("One name.")]
        string[]? name,
        [FromQuery(Name = "name[]"), Description("Several names, answered as an array in order.")]
        string[]? names,
        [FromQuery(Name = "country_id"), Description("ISO 3166-1 alpha-2 country code whose evidence decides; echoed.")]
        string[]? country,
        ModelHolder models,
        IOptions<ServerOptions> options)
    {
        var model = models.Current;
        if (model is null)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, models.UnavailableReason);
        }

        if (RepeatedOrMixed(name, names, country) is { } refusal)
        {
            return Error(StatusCodes.Status422UnprocessableEntity, refusal);
        }

        var countryId = country is [var given] ? given : null;
        string? code = null;
        if (countryId is not null && !CountryCode.TryNormalize(countryId, out code))
        {
            return Error(StatusCodes.Status422UnprocessableEntity, "Invalid 'country_id' parameter");
        }

        if (names is { Length: > 0 })
        {
            var cap = options.Value.MaxBatchNames;
            if (names.Length > cap)
            {
                return Error(
                    StatusCodes.Status422UnprocessableEntity,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Invalid 'name[]' parameter: at most {cap} names per request"));
            }

            var answers = new GenderizeAnswer[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                answers[i] = GenderizeAnswer.Of(names[i], model.Predict(names[i], country: code), countryId);
            }

            return TypedResults.Ok(answers);
        }

        var one = name is [var single] ? single : null;
        return one is null
            ? Error(StatusCodes.Status422UnprocessableEntity, "Missing 'name' parameter")
            : TypedResults.Ok(GenderizeAnswer.Of(one, model.Predict(one, country: code), countryId));
    }

    /// <summary>Why the query cannot be answered whole, in genderize.io's words; null when it can.</summary>
    private static string? RepeatedOrMixed(string[]? name, string[]? names, string[]? country)
    {
        if (name is { Length: > 1 })
        {
            return "Invalid 'name' parameter: give one name, or name[]=…&name[]=… for a batch";
        }

        if (name is { Length: 1 } && names is { Length: > 0 })
        {
            return "Invalid 'name' parameter: send name=… for one name or name[]=… for a batch, not both";
        }

        return country is { Length: > 1 } ? "Invalid 'country_id' parameter: give it once" : null;
    }

    /// <summary>
    /// A problem detail that genderize.io clients can read: they look for "error" and check that
    /// the Content-Type contains application/json, which application/problem+json does not.
    /// </summary>
    private static JsonHttpResult<ProblemDetails> Error(int status, string message)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = "genderize.io request refused",
            Detail = message,
        };
        problem.Extensions["error"] = message;
        return TypedResults.Json(problem, NameGenderJson.Options, "application/json", status);
    }
}
