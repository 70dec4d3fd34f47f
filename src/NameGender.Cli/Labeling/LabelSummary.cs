namespace NameGender.Cli.Labeling;

/// <summary>What a labelling run did. Every row counts once as female, male or unknown.</summary>
internal sealed record LabelSummary
{
    /// <summary>How many of the unreadable rows <see cref="FirstUnreadableRows"/> keeps.</summary>
    public const int UnreadableRowsKept = 1000;

    /// <summary>Data rows read and written (the header is not counted).</summary>
    public required long Rows { get; init; }

    public required long Female { get; init; }

    public required long Male { get; init; }

    /// <summary>Rows answered unknown, the unreadable ones included.</summary>
    public required long Unknown { get; init; }

    public required long UnreadableRows { get; init; }

    /// <summary>
    /// The first <see cref="UnreadableRowsKept"/> unreadable rows; the rest are only counted, so a
    /// file that is wrong on every line cannot fill memory. All of them reach the listener.
    /// </summary>
    public required IReadOnlyList<UnreadableRow> FirstUnreadableRows { get; init; }


    public required TimeSpan Elapsed { get; init; }

    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}
