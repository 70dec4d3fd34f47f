namespace NameGender.Feedback.Storage;

/// <summary>A record Identify Gender may predict for, with what it holds now.</summary>
public sealed record GenderCandidate(long Id, string? FirstName, Records.GenderSource? Source, string? ModelVersion)
{
    /// <summary>The record's country, which the prediction is made with; null when unknown.</summary>
    public string? Country { get; init; }
}
