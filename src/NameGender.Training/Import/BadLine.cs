namespace NameGender.Training.Import;

/// <summary>One line (or database row) of a source that could not be imported.</summary>
/// <param name="File">
/// The file as messages name it; an entry of a zip is <c>names.zip!yob1880.txt</c>.
/// </param>
/// <param name="Line">
/// The 1-based line where the record starts in a text source; the row id in a database.
/// </param>
/// <param name="Field">The field at fault, or null when the line as a whole is malformed.</param>
/// <param name="Message">What was expected and what was found, with file, line and field.</param>
public sealed record BadLine(string File, long Line, string? Field, string Message)
{
    /// <summary>Returns <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
