using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NameGender.Feedback.Identification;
using NameGender.Feedback.Storage;
using NameGender.Feedback.Storage.Postgres;
using NameGender.Feedback.Storage.Sqlite;
using NameGender.Sentiment;

namespace NameGender.Server.Feedback;

/// <summary>The feedback app's services: the store the options name, the two prediction runs, start-up.</summary>
internal static class FeedbackServiceExtensions
{
    public static IServiceCollection AddNameGenderFeedback(this IServiceCollection services, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var feedback = options.Feedback;
        if (!feedback.Enabled)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        if (string.IsNullOrWhiteSpace(feedback.Postgres))
        {
            services.AddSingleton<IFeedbackStore>(_ => new SqliteFeedbackStore(feedback.SqlitePath));
        }
        else
        {
            services.AddSingleton<IFeedbackStore>(_ => new PostgresFeedbackStore(feedback.Postgres));
        }

        services.AddSingleton<SentimentAnalyzer>();
        services.AddSingleton<GenderIdentifier>();
        services.AddSingleton<SentimentPredictor>();
        services.AddSingleton<FeedbackLog>();
        services.AddHostedService<FeedbackStartup>();
        return services;
    }
}
