namespace NameGender.Store;

/// <summary>One version that was promoted, and when.</summary>
public sealed record Promotion(string Version, DateTimeOffset PromotedAt);
