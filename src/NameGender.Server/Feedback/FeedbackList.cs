namespace NameGender.Server.Feedback;

/// <summary>One page of feedback, newest first.</summary>
/// <param name="Items">The records on this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Records per page.</param>
/// <param name="Total">Records that match in all.</param>
/// <param name="Pending">The filter: gender, sentiment or null for all.</param>
internal sealed record FeedbackList(
    IReadOnlyList<FeedbackItem> Items, int Page, int PageSize, long Total, string? Pending);
