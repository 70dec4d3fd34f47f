namespace NameGender.Feedback.Records;

/// <summary>Feedback to store, already checked against <see cref="FeedbackRules"/>.</summary>
public sealed record NewFeedback(
    string? FirstName,
    string? LastName,
    string Text,
    int? Rating,
    DateTimeOffset PostedAt)
{
    /// <summary>The customer's country (ISO 3166-1 alpha-2, upper case), when known.</summary>
    public string? Country { get; init; }
}
