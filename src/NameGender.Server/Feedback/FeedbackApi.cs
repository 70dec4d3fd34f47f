using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NameGender.Core.Data;
using NameGender.Feedback.Identification;
using NameGender.Feedback.Records;
using NameGender.Feedback.Storage;
using NameGender.Server.Models;
using NameGender.Server.OpenApi;
using NameGender.Server.Requests;

namespace NameGender.Server.Feedback;

/// <summary>The feedback records under /api/v1/feedback: submit, list, read, correct, delete.</summary>
internal static class FeedbackApi
{
    public const string Tag = "Feedback";

    private const string ItemExample = """
        {"id": 1, "first_name": "Emily", "last_name": "Carter",
         "feedback": "I love this service, the staff were wonderful!", "rating": 5,
         "posted_at": "2026-12-03T18:42:00+00:00", "gender": "female", "p_female": 0.998,
         "gender_source": "lookup", "gender_model": "default@785eaf3c2ea7",
         "gender_set_at": "2026-12-03T18:43:10+00:00", "sentiment": "POSITIVE",
         "sentiment_scores": {"positive": 0.91, "negative": 0, "neutral": 0.09, "mixed": 0},
         "sentiment_set_at": "2026-12-03T18:43:12+00:00"}
        """;

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1/feedback").WithTags(Tag);

        feedback.MapPost(string.Empty, CreateAsync)
            .WithName("CreateFeedback")
            .WithSummary("Submit a customer's feedback")
            .WithDescription("Names at most 100 characters (the first name may be blank), text 1-5,000, rating 1-5 or none; "
                + "characters count as people see them (an accented letter is one). A field the body does not take "
                + "(a typo such as \"frist_name\") is refused with 400, never ignored.")
            .DocumentsBody<FeedbackSubmission>()
            .WithRequestExample("""
                {"first_name": "Emily", "last_name": "Carter",
                 "feedback": "I love this service, the staff were wonderful!", "rating": 5}
                """)
            .WithResponseExample(ItemExample);

        feedback.MapGet(string.Empty, ListAsync)
            .WithName("ListFeedback")
            .WithSummary("List feedback, newest first, a page at a time")
            .WithDescription("pending=gender lists records Identify Gender would predict for (never identified, or "
                + "by another model than the served one); pending=sentiment those not yet scored.")
            .WithResponseExample("""{"items": [], "page": 1, "page_size": 50, "total": 0, "pending": "gender"}""");

        feedback.MapGet("/{id:long}", GetAsync)
            .WithName("GetFeedback")
            .WithSummary("Read one feedback record")
            .WithResponseExample(ItemExample);

        feedback.MapPatch("/{id:long}", ChangeAsync)
            .WithName("ChangeFeedback")
            .WithSummary("Change fields of a record, or correct its gender by hand")
            .WithDescription("A gender set here has source manual: Identify Gender never overwrites it (null hands it "
                + "back to Identify Gender). A new first name drops a predicted gender, a new text the sentiment.")
            .DocumentsBody<FeedbackChangeDocument>()
            .WithRequestExample(FeedbackPatchReader.Example)
            .WithResponseExample(ItemExample);

        feedback.MapDelete("/{id:long}", DeleteAsync)
            .WithName("DeleteFeedback")
            .WithSummary("Delete a feedback record; answers it as it was")
            .WithResponseExample(ItemExample);

        return app;
    }

    private static async Task<Results<Created<FeedbackItem>, ProblemHttpResult>> CreateAsync(
        HttpContext context, IFeedbackStore store, IOptions<ServerOptions> options, TimeProvider time)
    {
        var (submission, problem) = await JsonBodyReader.ReadAsync<FeedbackSubmission>(
            context, options.Value.MaxBodyBytes, FeedbackSubmission.Shape);
        if (problem is not null)
        {
            return problem;
        }

        var error = FeedbackRules.CheckName("first_name", submission!.FirstName)
            ?? FeedbackRules.CheckName("last_name", submission.LastName)
            ?? FeedbackRules.CheckText("feedback", submission.Feedback)
            ?? FeedbackRules.CheckRating("rating", submission.Rating);
        string? country = null;
        if (error is null && submission.Country is not null && !CountryCode.TryNormalize(submission.Country, out country))
        {
            error = $"country: expected {CountryCode.Expected}; found '{submission.Country}'";
        }

        if (error is not null)
        {
            return FeedbackProblems.Invalid(error);
        }

        var record = await store.AddAsync(
            new NewFeedback(
                submission.FirstName, submission.LastName, submission.Feedback!, submission.Rating,
                submission.PostedAt ?? time.GetUtcNow())
            {
                Country = country,
            },
            context.RequestAborted);
        var item = FeedbackItem.Of(record);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/v1/feedback/{item.Id}"), item);
    }

    private static async Task<Results<Ok<FeedbackList>, ProblemHttpResult>> ListAsync(
        [Description("The page, from 1. Default 1.")] string? page,
        [Description("Records per page, 1-500. Default 50.")] string? page_size,
        [Description("gender or sentiment: only records waiting for that prediction.")] string? pending,
        IFeedbackStore store,
        ModelHolder models,
        CancellationToken cancellationToken)
    {
        if (!TryParseNumber(page, 1, int.MaxValue, 1, out var pageNumber))
        {
            return Problems.BadQuery("page must be a whole number from 1.");
        }

        if (!TryParseNumber(page_size, 1, FeedbackQuery.MaxPageSize, 50, out var size))
        {
            return Problems.BadQuery(string.Create(
                CultureInfo.InvariantCulture, $"page_size must be a whole number from 1 to {FeedbackQuery.MaxPageSize}."));
        }

        if (!TryParsePending(pending, out var work))
        {
            return Problems.BadQuery($"pending must be gender or sentiment; found '{pending}'.");
        }

        var modelVersion = models.Current is { } model ? ModelVersions.Of(model.Manifest) : null;
        var result = await store.ListAsync(new FeedbackQuery(pageNumber, size, work, modelVersion), cancellationToken);
        var items = result.Records.Select(FeedbackItem.Of).ToList();
        var filter = string.IsNullOrEmpty(pending) ? null : pending;
        return TypedResults.Ok(new FeedbackList(items, pageNumber, size, result.Total, filter));
    }

    private static async Task<Results<Ok<FeedbackItem>, ProblemHttpResult>> GetAsync(
        long id, IFeedbackStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } record
            ? TypedResults.Ok(FeedbackItem.Of(record))
            : FeedbackProblems.NotFound(id);

    private static async Task<Results<Ok<FeedbackItem>, ProblemHttpResult>> ChangeAsync(
        long id, HttpContext context, IFeedbackStore store, IOptions<ServerOptions> options, TimeProvider time)
    {
        var (json, problem) = await JsonBodyReader.ReadBytesAsync(context, options.Value.MaxBodyBytes);
        if (problem is not null)
        {
            return problem;
        }

        var (change, error) = FeedbackPatchReader.Read(json);
        if (error is not null)
        {
            return FeedbackProblems.Invalid(error);
        }

        var record = await store.ChangeAsync(id, change!, time.GetUtcNow(), context.RequestAborted);
        return record is null ? FeedbackProblems.NotFound(id) : TypedResults.Ok(FeedbackItem.Of(record));
    }

    private static async Task<Results<Ok<FeedbackItem>, ProblemHttpResult>> DeleteAsync(
        long id, IFeedbackStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) is { } deleted
            ? TypedResults.Ok(FeedbackItem.Of(deleted))
            : FeedbackProblems.NotFound(id);

    private static bool TryParsePending(string? text, out PendingWork? work)
    {
        work = text switch
        {
            "gender" => PendingWork.Gender,
            "sentiment" => PendingWork.Sentiment,
            _ => null,
        };
        return work is not null || string.IsNullOrEmpty(text);
    }

    private static bool TryParseNumber(string? text, int min, int max, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
    }
}
