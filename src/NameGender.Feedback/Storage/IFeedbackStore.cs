using NameGender.Feedback.Records;

namespace NameGender.Feedback.Storage;

/// <summary>
/// Where feedback records live. Every method is safe to call concurrently, from one process or
/// from several servers sharing a database; a write either lands whole or not at all.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>A short name of the database kind and location for logs: "SQLite feedback.db".</summary>
    string Description { get; }

    /// <summary>Creates the schema or brings it to the current version; safe to run from several servers.</summary>
    Task<MigrationOutcome> MigrateAsync(CancellationToken cancellationToken);

    Task<FeedbackRecord> AddAsync(NewFeedback feedback, CancellationToken cancellationToken);

    /// <summary>Adds all of <paramref name="feedback"/> in one transaction: all land or none.</summary>
    Task<int> AddManyAsync(IReadOnlyList<NewFeedback> feedback, CancellationToken cancellationToken);

    Task<FeedbackRecord?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>One page of records, newest first, with the total that match.</summary>
    Task<FeedbackPage> ListAsync(FeedbackQuery query, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/>; null when no record has that id.</summary>
    Task<FeedbackRecord?> ChangeAsync(
        long id, FeedbackChange change, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Deletes the record and returns it as it was; null when no record has that id.</summary>
    Task<FeedbackRecord?> DeleteAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// The records Identify Gender should look at: those named in <see cref="WorkSelection.Ids"/>
    /// (whatever their state, so the caller can say why it skips one), else every record pending
    /// for <see cref="WorkSelection.ModelVersion"/>, or every record not set by hand when forced.
    /// </summary>
    Task<IReadOnlyList<GenderCandidate>> SelectForGenderAsync(
        WorkSelection selection, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the genders in one transaction, skipping at write time any record set by hand
    /// meanwhile and, unless <paramref name="force"/>, any already predicted by the same model.
    /// Returns how many records changed.
    /// </summary>
    Task<int> WriteGendersAsync(
        IReadOnlyList<GenderAssignment> assignments, bool force, CancellationToken cancellationToken);

    /// <summary>As <see cref="SelectForGenderAsync"/>, for Predict Sentiment: pending means not yet scored.</summary>
    Task<IReadOnlyList<SentimentCandidate>> SelectForSentimentAsync(
        WorkSelection selection, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the sentiments in one transaction, skipping records scored meanwhile unless
    /// <paramref name="force"/>. Returns how many records changed.
    /// </summary>
    Task<int> WriteSentimentsAsync(
        IReadOnlyList<SentimentAssignment> assignments, bool force, CancellationToken cancellationToken);

    /// <summary>Every record, oldest first, streamed.</summary>
    IAsyncEnumerable<FeedbackRecord> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>The fields insights need from every record, streamed.</summary>
    IAsyncEnumerable<InsightRow> ReadInsightRowsAsync(CancellationToken cancellationToken);
}
