namespace NameGender.Core.Models;

/// <summary>
/// The not-a-name rule: a key is unlike any name when more than <see cref="MaxUnseenShare"/> of its
/// trigrams occur in fewer than <see cref="MinNamesPerTrigram"/> distinct training names.
/// </summary>
public sealed record TrigramRule(int MinNamesPerTrigram, double MaxUnseenShare);
