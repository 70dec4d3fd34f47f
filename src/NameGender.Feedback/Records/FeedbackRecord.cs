namespace NameGender.Feedback.Records;

/// <summary>One customer's feedback as stored, with its predictions once they are made.</summary>
/// <param name="Id">The store's id, never reused.</param>
/// <param name="FirstName">As entered; null or blank when the customer gave none.</param>
/// <param name="LastName">As entered; null when none was given.</param>
/// <param name="Text">The feedback text.</param>
/// <param name="Rating">1 to 5, or null when the customer gave no rating.</param>
/// <param name="PostedAt">When the feedback was posted.</param>
/// <param name="Gender">The identified or corrected gender; null until Identify Gender ran.</param>
/// <param name="Sentiment">The text's sentiment; null until Predict Sentiment ran.</param>
public sealed record FeedbackRecord(
    long Id,
    string? FirstName,
    string? LastName,
    string Text,
    int? Rating,
    DateTimeOffset PostedAt,
    GenderReading? Gender,
    SentimentReading? Sentiment)
{
    /// <summary>
    /// The customer's country (ISO 3166-1 alpha-2, upper case) when known: Identify Gender predicts
    /// with it, so that country's name statistics decide.
    /// </summary>
    public string? Country { get; init; }
}
