namespace NameGender.Feedback.Csv;

/// <summary>
/// Which of a company's CSV columns hold the first name, last name, text, rating, posted time and
/// country (ISO 3166-1 alpha-2, which Identify Gender predicts with).
/// A null names no column: the importer then looks for a usual header (first_name, "First Name",
/// given_name, surname, comment, stars, date, …). A full-name column mapped to the first name
/// works too: the predictor reads the given name out of "Carter, Emily" or "Dr. Emily Carter".
/// </summary>
public sealed record ColumnMapping(
    string? FirstName = null,
    string? LastName = null,
    string? Text = null,
    string? Rating = null,
    string? PostedAt = null,
    string? Country = null)
{
    public static ColumnMapping Automatic { get; } = new();
}
