using System.Globalization;

namespace NameGender.Training.Import;

/// <summary>Where a record sits in a source, and the bad-line messages naming that place.</summary>
/// <param name="File">The file as messages name it.</param>
/// <param name="Line">The 1-based line in a text source, the row id in a database.</param>
/// <param name="IsDatabaseRow">True when <paramref name="Line"/> is a database row id.</param>
internal readonly record struct RecordPosition(string File, long Line, bool IsDatabaseRow = false)
{
    // Long values (a whole line gone wrong) would drown the message.
    private const int MaxFoundLength = 80;

    public BadLine BadField(string field, string expected, string found) =>
        new(File, Line, field,
            $"{this}, field '{field}': expected {expected}, found '{Shorten(found)}'");

    public BadLine BadRecord(string expected, string found) =>
        new(File, Line, null, $"{this}: expected {expected}, found '{Shorten(found)}'");

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{File} {(IsDatabaseRow ? "row id" : "line")} {Line}");

    private static string Shorten(string found) =>
        found.Length <= MaxFoundLength
            ? found
            : string.Concat(found.AsSpan(0, MaxFoundLength), "…");
}
