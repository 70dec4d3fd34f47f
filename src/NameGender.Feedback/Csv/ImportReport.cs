namespace NameGender.Feedback.Csv;

/// <summary>
/// What an import did. Every data row is either imported or rejected with its line and reason:
/// <see cref="Rows"/> = <see cref="Imported"/> + the rejected count.
/// </summary>
public sealed record ImportReport(int Rows, int Imported, IReadOnlyList<RejectedRow> Rejected, ImportedColumns Columns);
