using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NameGender.Feedback.Identification;
using NameGender.Server.Models;
using NameGender.Server.OpenApi;
using NameGender.Server.Requests;

namespace NameGender.Server.Feedback;

/// <summary>The two buttons of the page, as routes: Identify Gender and Predict Sentiment.</summary>
internal static class FeedbackPredictionApi
{
    /// <summary>What records say scored their sentiment.</summary>
    public const string SentimentModel = "vader-lexicon";

    public static IEndpointRouteBuilder MapFeedbackPredictionApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1/feedback").WithTags(FeedbackApi.Tag);

        feedback.MapPost("/identify-gender", IdentifyGenderAsync)
            .WithName("IdentifyGender")
            .WithSummary("Identify Gender: predict and store the gender of the given records, or of all pending")
            .WithDescription("Send {\"ids\": [...]} or {} (or no body) for every pending record. Idempotent: records "
                + "the served model already predicted are skipped unless force is true, and a gender set by hand is "
                + "never overwritten. A missing, blank or unusable first name becomes unknown. If the prediction "
                + "fails, no record changes and the answer is 503.")
            .DocumentsBody<PredictionRequest>()
            .WithRequestExample(PredictionRequest.Shape.Example)
            .WithResponseExample("""{"updated": 2, "skipped": 0, "not_found": [], "model": "default@785eaf3c2ea7"}""");

        feedback.MapPost("/predict-sentiment", PredictSentimentAsync)
            .WithName("PredictSentiment")
            .WithSummary("Predict Sentiment: score and store the sentiment of the given records, or of all pending")
            .WithDescription("Labels POSITIVE, NEGATIVE, NEUTRAL or MIXED with a score per label. Records already "
                + "scored are skipped unless force is true.")
            .DocumentsBody<PredictionRequest>()
            .WithRequestExample(PredictionRequest.Shape.Example)
            .WithResponseExample($$"""{"updated": 2, "skipped": 0, "not_found": [], "model": "{{SentimentModel}}"}""");

        return app;
    }

    private static async Task<Results<Ok<PredictionResponse>, ProblemHttpResult>> IdentifyGenderAsync(
        HttpContext context,
        ModelHolder models,
        GenderIdentifier identifier,
        IOptions<ServerOptions> options,
        FeedbackLog log)
    {
        var (request, problem) = await ReadAsync(context, options);
        if (problem is not null)
        {
            return problem;
        }

        // The model is taken once: a swap during the run cannot mix two models in one batch.
        if (models.Current is not { } model)
        {
            return Problems.ModelUnavailable(models.UnavailableReason);
        }

        var version = ModelVersions.Of(model.Manifest);
        var clock = Stopwatch.StartNew();
        RunOutcome outcome;
        try
        {
            outcome = await identifier.IdentifyAsync(
                new PredictionRun(request!.Ids, request.Force), version,
                (name, country) => model.Predict(name, country: country),
                context.RequestAborted);
        }
        catch (PredictionFailedException e)
        {
            log.PredictionFailed(e);
            return FeedbackProblems.PredictionFailed(e.Message);
        }

        log.GendersIdentified(version, outcome.Updated, outcome.Skipped, clock.ElapsedMilliseconds);
        return TypedResults.Ok(new PredictionResponse(outcome.Updated, outcome.Skipped, outcome.NotFound, version));
    }

    private static async Task<Results<Ok<PredictionResponse>, ProblemHttpResult>> PredictSentimentAsync(
        HttpContext context, SentimentPredictor predictor, IOptions<ServerOptions> options, FeedbackLog log)
    {
        var (request, problem) = await ReadAsync(context, options);
        if (problem is not null)
        {
            return problem;
        }

        var clock = Stopwatch.StartNew();
        RunOutcome outcome;
        try
        {
            outcome = await predictor.PredictAsync(new PredictionRun(request!.Ids, request.Force), context.RequestAborted);
        }
        catch (PredictionFailedException e)
        {
            log.PredictionFailed(e);
            return FeedbackProblems.PredictionFailed(e.Message);
        }

        log.SentimentsPredicted(outcome.Updated, outcome.Skipped, clock.ElapsedMilliseconds);
        return TypedResults.Ok(new PredictionResponse(outcome.Updated, outcome.Skipped, outcome.NotFound, SentimentModel));
    }

    private static Task<(PredictionRequest? Value, ProblemHttpResult? Problem)> ReadAsync(
        HttpContext context, IOptions<ServerOptions> options) =>
        JsonBodyReader.ReadAsync(
            context, options.Value.MaxBodyBytes, PredictionRequest.Shape, new PredictionRequest(null, Force: false));
}
