namespace NameGender.Training.Import;

/// <summary>
/// A source that cannot be imported: unreadable, of no known format, missing required columns, or
/// holding a bad line while <see cref="ImportOptions.SkipBadLines"/> is off.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public ImportException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    public ImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public ImportException(string message, Exception inner)
        : base(message, inner)
    {
    }

    internal ImportException(BadLine badLine)
        : base(badLine.Message)
    {
        File = badLine.File;
        Line = badLine.Line;
        Field = badLine.Field;
    }

    internal ImportException(string file, long? line, string message, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file at fault as messages name it, when known.</summary>
    public string? File { get; init; }

    /// <summary>The 1-based line (or database row id) at fault, when the problem has one.</summary>
    public long? Line { get; init; }

    /// <summary>The field or column at fault, when the problem has one.</summary>
    public string? Field { get; init; }
}
