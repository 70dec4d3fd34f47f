namespace NameGender.Feedback.Csv;

/// <summary>A row the import did not store, with the line it starts on and why.</summary>
public sealed record RejectedRow(long Line, string Reason);
