namespace NameGender.Store;

/// <summary>
/// The promoted version of a named model: the content of its promoted.json, a small object
/// replaced whole on every promote or rollback, so a reader sees the old pointer or the new one.
/// </summary>
/// <param name="Name">The stored model's name.</param>
/// <param name="Version">The version that serves.</param>
/// <param name="PromotedAt">When it was promoted (or rolled back to).</param>
/// <param name="History">Versions promoted before, most recent first: what rollback returns to.</param>
public sealed record PromotedPointer(
    string Name,
    string Version,
    DateTimeOffset PromotedAt,
    IReadOnlyList<Promotion> History);
