using System.Text.Json.Serialization;

namespace NameGender.Sentiment.Tests.Reference;

/// <summary>One sentence as the reference port scored it (compound to 4 decimals, shares to 3).</summary>
internal sealed record ReferenceScore(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("compound")] double Compound,
    [property: JsonPropertyName("pos")] double Positive,
    [property: JsonPropertyName("neg")] double Negative,
    [property: JsonPropertyName("neu")] double Neutral);
