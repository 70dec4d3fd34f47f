using NameGender.Feedback.Records;

namespace NameGender.Feedback.Storage;

/// <summary>One page of records and how many match in all.</summary>
public sealed record FeedbackPage(IReadOnlyList<FeedbackRecord> Records, long Total);
