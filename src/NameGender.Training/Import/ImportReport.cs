namespace NameGender.Training.Import;

/// <summary>What happened to the lines of a source during an import.</summary>
public sealed record ImportReport
{
    /// <summary>Data lines (or database rows) read; header and blank lines not counted.</summary>
    public required long LinesRead { get; init; }

    /// <summary>Records that were imported.</summary>
    public required int RecordsImported { get; init; }

    /// <summary>Lines skipped because their sex is unknown (?, U, unknown, X or blank).</summary>
    public required long SkippedUnknownSex { get; init; }

    /// <summary>
    /// Names a label list gives under both sexes, each entered as one female and one male label:
    /// even evidence, so the list leaves such a name to other sources.
    /// </summary>
    public long NamesUnderBothSexes { get; init; }

    /// <summary>The bad lines skipped, in the order they were found.</summary>
    public required IReadOnlyList<BadLine> BadLines { get; init; }
}
