using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NameGender.Server.Feedback;

/// <summary>Maps the feedback app: the page, the records, the two predictions, CSV files, insights.</summary>
internal static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackApp(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (!options.Feedback.Enabled)
        {
            return app.MapApiReferenceHome();
        }

        return app.MapFeedbackPage()
            .MapFeedbackApi()
            .MapFeedbackPredictionApi()
            .MapFeedbackFilesApi()
            .MapInsightsApi();
    }
}
