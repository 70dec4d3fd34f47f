using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NameGender.Feedback.Insights;
using NameGender.Feedback.Storage;
using NameGender.Server.OpenApi;

namespace NameGender.Server.Feedback;

/// <summary>The answer the app exists for: do women like the service better than men?</summary>
internal static class InsightsApi
{
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/insights/gender", ComputeAsync)
            .WithTags("Insights")
            .WithName("GetGenderInsights")
            .WithSummary("Women and men compared: mean rating and positive/negative share, with 95% intervals")
            .WithDescription("Each record counts by its probability: p_female to women, 1 - p_female to men, also "
                + "when its gender is unknown because the probability fell below the threshold. Records without a "
                + "probability (no usable first name) are counted as unknown and left out, as are records not yet "
                + "identified. Means have t intervals on the linearized standard error with n_eff - 1 degrees of "
                + "freedom (n_eff = (Σw)²/Σw²), shares Wilson intervals on n_eff, differences t intervals that "
                + "account for records counted in both groups. answer says in one sentence whether the difference "
                + "is statistically meaningful.")
            .WithResponseExample("""
                {"records": 300, "pending": 0, "unknown": 9, "weighted": 291,
                 "women": {"records": 160, "weight": 139.2,
                   "mean_rating": {"value": 3.9, "low": 3.7, "high": 4.1, "effective_count": 127.5, "records": 142},
                   "positive_share": null, "negative_share": null},
                 "men": {"records": 150, "weight": 151.8, "mean_rating": null, "positive_share": null,
                   "negative_share": null},
                 "rating": {"difference": 0.4, "low": 0.1, "high": 0.7, "meaningful": true,
                   "sentence": "Women rate the service 0.40 points higher than men (95% CI 0.10 to 0.70); the difference is statistically meaningful."},
                 "positive": null, "negative": null,
                 "answer": "Women rate the service 0.40 points higher than men (95% CI 0.10 to 0.70); the difference is statistically meaningful."}
                """);

        return app;
    }

    private static async Task<Ok<GenderInsights>> ComputeAsync(IFeedbackStore store, CancellationToken cancellationToken)
    {
        var rows = new List<InsightRow>();
        await foreach (var row in store.ReadInsightRowsAsync(cancellationToken))
        {
            rows.Add(row);
        }

        return TypedResults.Ok(GenderInsightsCalculator.Compute(rows));
    }
}
