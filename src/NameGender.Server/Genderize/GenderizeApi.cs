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
            .WithSummary("genderize.io-compatible: ?name=peter, or name[]=a&name[]=b for a batch")
            .WithDescription(
                "One name answers an object, name[] answers an array in order. country_id (ISO 3166-1 " +
                "alpha-2) makes that country's evidence decide when the model has any, and is echoed.")
            .Produces<GenderizeAnswer[]>(StatusCodes.Status200OK, "application/json")
            .WithResponseExample("""
                {"name": "peter", "gender": "male", "probability": 1.0, "count": 1094417}
                """);

        return app;
    }

    private static Results<Ok<GenderizeAnswer>, Ok<GenderizeAnswer[]>, JsonHttpResult<ProblemDetails>>
        Genderize(
        [Description("One name.")]
        string? name,
        [FromQuery(Name = "name[]"), Description("Several names, answered as an array in order.")]
        string[]? names,
        [FromQuery(Name = "country_id"), Description("ISO 3166-1 alpha-2 country code whose evidence decides; echoed.")]
        string? countryId,
        ModelHolder models,
        IOptions<ServerOptions> options)
    {
        var model = models.Current;
        if (model is null)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, models.UnavailableReason);
        }

        string? country = null;
        if (countryId is not null && !CountryCode.TryNormalize(countryId, out country))
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
                answers[i] = GenderizeAnswer.Of(names[i], model.Predict(names[i], country: country), countryId);
            }

            return TypedResults.Ok(answers);
        }

        return name is null
            ? Error(StatusCodes.Status422UnprocessableEntity, "Missing 'name' parameter")
            : TypedResults.Ok(GenderizeAnswer.Of(name, model.Predict(name, country: country), countryId));
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
