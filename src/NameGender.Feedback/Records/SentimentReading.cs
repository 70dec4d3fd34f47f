using NameGender.Sentiment;

namespace NameGender.Feedback.Records;

/// <summary>A record's sentiment: the label, a confidence per label, and when it was scored.</summary>
public sealed record SentimentReading(SentimentLabel Label, SentimentScores Scores, DateTimeOffset SetAt);
