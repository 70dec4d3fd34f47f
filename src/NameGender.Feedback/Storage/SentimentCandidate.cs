namespace NameGender.Feedback.Storage;

/// <summary>A record Predict Sentiment may score, with whether it already has a sentiment.</summary>
public sealed record SentimentCandidate(long Id, string Text, bool Scored);
