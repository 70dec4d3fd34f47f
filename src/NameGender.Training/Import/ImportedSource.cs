namespace NameGender.Training.Import;

/// <summary>Where imported records came from, for the model's manifest and for reports.</summary>
public sealed record ImportedSource
{
    /// <summary>The path as it was given to the importer.</summary>
    public required string Path { get; init; }

    /// <summary>The format, one of <see cref="SourceFormats"/>, plus "+gzip" if compressed.</summary>
    public required string Format { get; init; }

    /// <summary>Whether the counts are births or label weights.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>The count of each label row when <see cref="Kind"/> is Labels; else null.</summary>
    public long? LabelWeight { get; init; }

    /// <summary>
    /// SHA-256 of the input bytes as lower-case hex. For a folder, of each yobYYYY.txt file in
    /// ordinal name order: its name in UTF-8, a zero byte, its length as 8 little-endian bytes, its
    /// bytes.
    /// </summary>
    public required string Fingerprint { get; init; }

    /// <summary>How many records were imported.</summary>
    public required int RecordCount { get; init; }

    /// <summary>The sum of the imported counts.</summary>
    public required long TotalCount { get; init; }

    /// <summary>The countries the records carry (ISO alpha-2), in ordinal order; empty when none.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Publisher, licence and count meaning when given for the input; else null.</summary>
    public SourceAttribution? Attribution { get; init; }
}
