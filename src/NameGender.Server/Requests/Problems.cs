using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NameGender.Server.Requests;

/// <summary>The expected failures of every route, as RFC 9457 problem details.</summary>
internal static class Problems
{
    public static ProblemHttpResult ModelUnavailable(string reason) => TypedResults.Problem(
        title: "No model is loaded",
        detail: reason,
        statusCode: StatusCodes.Status503ServiceUnavailable);

    public static ProblemHttpResult UnsupportedMediaType(string? sent, string accepted) => TypedResults.Problem(
        title: "Unsupported content type",
        detail: $"The body's Content-Type is '{sent}'; send one of: {accepted}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static ProblemHttpResult CharsetNotUtf8(string charset) => TypedResults.Problem(
        title: "Unsupported charset",
        detail: $"The body's charset is '{charset}'; only UTF-8 is accepted: send charset=utf-8 or no charset.",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    public static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        title: "Request body too large",
        detail: $"The body is larger than the server's limit of {Count(limit)} bytes (Server:MaxBodyBytes); " +
            "send fewer names per request.",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    public static ProblemHttpResult UnreadableBody(string detail) => TypedResults.Problem(
        title: "Unreadable request body",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A field of a request body that is missing, of the wrong kind or out of range.</summary>
    public static ProblemHttpResult InvalidField(string field, string detail) => TypedResults.Problem(
        title: "Invalid request body",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>A query parameter given more often than the one time it takes.</summary>
    public static ProblemHttpResult RepeatedQuery(string parameter, int times) => TypedResults.Problem(
        title: "Invalid query",
        detail: string.Create(CultureInfo.InvariantCulture,
            $"The query parameter '{parameter}' is given {times} times; it takes one value."),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static ProblemHttpResult BadQuery(string detail) => TypedResults.Problem(
        title: "Invalid query",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult TooManyNames(int count, int cap) => TypedResults.Problem(
        title: "Too many names",
        detail: $"The batch holds {Count(count)} names; the server answers at most {Count(cap)} per request " +
            "(Server:MaxBatchNames).",
        statusCode: StatusCodes.Status400BadRequest);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
