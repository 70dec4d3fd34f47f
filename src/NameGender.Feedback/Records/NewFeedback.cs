namespace NameGender.Feedback.Records;

/// <summary>Feedback to store, already checked against <see cref="FeedbackRules"/>.</summary>
public sealed record NewFeedback(
    string? FirstName,
    string? LastName,
    string Text,
    int? Rating,
    DateTimeOffset PostedAt);
