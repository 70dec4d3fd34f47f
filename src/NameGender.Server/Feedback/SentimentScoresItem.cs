namespace NameGender.Server.Feedback;

/// <summary>A confidence per sentiment label, each 0-1, summing to 1.</summary>
internal sealed record SentimentScoresItem(double Positive, double Negative, double Neutral, double Mixed);
