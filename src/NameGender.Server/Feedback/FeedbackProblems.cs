using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NameGender.Server.Feedback;

/// <summary>The feedback app's expected failures, as problem details.</summary>
internal static class FeedbackProblems
{
    public static ProblemHttpResult NotFound(long id) => TypedResults.Problem(
        title: "No such feedback",
        detail: string.Create(CultureInfo.InvariantCulture, $"No feedback record has the id {id}."),
        statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Invalid(string detail) => TypedResults.Problem(
        title: "Invalid feedback",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult PredictionFailed(string detail) => TypedResults.Problem(
        title: "Prediction failed",
        detail: detail,
        statusCode: StatusCodes.Status503ServiceUnavailable);

    public static ProblemHttpResult Unimportable(string detail) => TypedResults.Problem(
        title: "The file cannot be imported",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest);
}
