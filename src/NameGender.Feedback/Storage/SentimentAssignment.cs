using NameGender.Feedback.Records;

namespace NameGender.Feedback.Storage;

/// <summary>The sentiment to write to one record.</summary>
public sealed record SentimentAssignment(long Id, SentimentReading Reading);
