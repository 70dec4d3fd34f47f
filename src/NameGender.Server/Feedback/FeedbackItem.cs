using NameGender.Feedback.Records;
using NameGender.Feedback.Storage;

namespace NameGender.Server.Feedback;

/// <summary>One feedback record as the API and the page see it: flat, snake_case, nulls written out.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="FirstName">As entered; null when none was given.</param>
/// <param name="LastName">As entered; null when none was given.</param>
/// <param name="Feedback">The text.</param>
/// <param name="Rating">1-5, or null.</param>
/// <param name="PostedAt">When it was posted.</param>
/// <param name="Gender">female, male or unknown; null until Identify Gender ran.</param>
/// <param name="PFemale">P(female); null when unknown without a probability.</param>
/// <param name="GenderSource">lookup, model, none or manual.</param>
/// <param name="GenderModel">The model that predicted the gender, name@model_id; null for manual.</param>
/// <param name="GenderSetAt">When the gender was set.</param>
/// <param name="Sentiment">POSITIVE, NEGATIVE, NEUTRAL or MIXED; null until Predict Sentiment ran.</param>
/// <param name="SentimentScores">A confidence per label, summing to 1.</param>
/// <param name="SentimentSetAt">When the sentiment was scored.</param>
/// <param name="Country">The customer's ISO 3166-1 alpha-2 country; null when unknown.</param>
internal sealed record FeedbackItem(
    long Id,
    string? FirstName,
    string? LastName,
    string Feedback,
    int? Rating,
    DateTimeOffset PostedAt,
    string? Gender,
    double? PFemale,
    string? GenderSource,
    string? GenderModel,
    DateTimeOffset? GenderSetAt,
    string? Sentiment,
    SentimentScoresItem? SentimentScores,
    DateTimeOffset? SentimentSetAt,
    string? Country)
{
    public static FeedbackItem Of(FeedbackRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var gender = record.Gender;
        var sentiment = record.Sentiment;
        return new FeedbackItem(
            record.Id,
            record.FirstName,
            record.LastName,
            record.Text,
            record.Rating,
            record.PostedAt,
            gender is null ? null : StoredValues.Of(gender.Gender),
            gender?.PFemale,
            gender is null ? null : StoredValues.Of(gender.Source),
            gender?.ModelVersion,
            gender?.SetAt,
            sentiment is null ? null : StoredValues.Of(sentiment.Label),
            sentiment is null ? null : new SentimentScoresItem(
                sentiment.Scores.Positive, sentiment.Scores.Negative, sentiment.Scores.Neutral, sentiment.Scores.Mixed),
            sentiment?.SetAt,
            record.Country);
    }
}
