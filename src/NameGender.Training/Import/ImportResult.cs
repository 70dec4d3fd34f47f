using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>The records of one source, where they came from, and how the import went.</summary>
public sealed record ImportResult
{
    /// <summary>The source: path, format, kind, fingerprint and totals.</summary>
    public required ImportedSource Source { get; init; }

    /// <summary>
    /// Every record as the source holds it, in source order; nothing is merged or dropped, so
    /// aggregation downstream sees each line.
    /// </summary>
    public required IReadOnlyList<NameCount> Records { get; init; }

    /// <summary>Lines read, records imported, lines skipped.</summary>
    public required ImportReport Report { get; init; }
}
