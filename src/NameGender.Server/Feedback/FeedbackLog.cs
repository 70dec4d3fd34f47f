using Microsoft.Extensions.Logging;

namespace NameGender.Server.Feedback;

/// <summary>The feedback app's log lines, defined once with stable event ids.</summary>
internal sealed partial class FeedbackLog(ILogger<FeedbackLog> logger)
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information,
        Message = "Feedback stored in {Store}, schema version {Version}")]
    public partial void StoreReady(string store, int version);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information,
        Message = "Migrated {Store} from schema version {FromVersion} to {ToVersion}")]
    public partial void Migrated(string store, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information,
        Message = "Added {Records} demo feedback records (seed {Seed})")]
    public partial void DemoAdded(int records, int seed);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information,
        Message = "Identify Gender with {Model}: {Updated} updated, {Skipped} skipped in {ElapsedMs} ms")]
    public partial void GendersIdentified(string model, int updated, int skipped, long elapsedMs);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information,
        Message = "Predict Sentiment: {Updated} updated, {Skipped} skipped in {ElapsedMs} ms")]
    public partial void SentimentsPredicted(int updated, int skipped, long elapsedMs);

    [LoggerMessage(EventId = 305, Level = LogLevel.Error,
        Message = "A prediction run failed; no record was changed")]
    public partial void PredictionFailed(Exception exception);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information,
        Message = "Imported {Imported} of {Rows} CSV rows; {Rejected} rejected")]
    public partial void Imported(int rows, int imported, int rejected);
}
