namespace NameGender.Feedback.Csv;

/// <summary>The header each field was read from; null where the file has no such column.</summary>
public sealed record ImportedColumns(
    string? FirstName, string? LastName, string Text, string? Rating, string? PostedAt, string? Country = null);
