namespace NameGender.Feedback.Storage;

/// <summary>Which page of records to list.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Records per page.</param>
/// <param name="Pending">Only records still waiting for this work; null lists all.</param>
/// <param name="ModelVersion">
/// The served model (name@model_id): a record predicted by another model is pending for gender too.
/// Null when no model is served, so only records never identified count as pending.
/// </param>
public sealed record FeedbackQuery(int Page, int PageSize, PendingWork? Pending = null, string? ModelVersion = null)
{
    public const int MaxPageSize = 500;

    public int Offset => (Page - 1) * PageSize;
}
