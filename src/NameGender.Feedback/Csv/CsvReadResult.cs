using NameGender.Feedback.Records;

namespace NameGender.Feedback.Csv;

/// <summary>The rows of a CSV file read as feedback, and those that could not be.</summary>
public sealed record CsvReadResult(
    IReadOnlyList<NewFeedback> Accepted, IReadOnlyList<RejectedRow> Rejected, ImportedColumns Columns);
