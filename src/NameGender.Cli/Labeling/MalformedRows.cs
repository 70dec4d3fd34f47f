using CsvHelper;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Collects the quoting problems CsvHelper reports while it scans ahead, and hands each one to the
/// row it belongs to once the reader returns that row. Both sides name the row by the line it
/// starts on. Holds at most the rows of one read buffer.
/// </summary>
internal sealed class MalformedRows(string fileName)
{
    private readonly Queue<CsvMalformedRecord> _pending = new();

    public void Add(CsvMalformedRecord record) => _pending.Enqueue(record);

    /// <summary>What is wrong with the quoting of the row the reader is on; null when nothing.</summary>
    /// <exception cref="LabelException">
    /// The row opens a quote that is never closed and it swallowed the lines after it: they would
    /// be one field of it, and every row in them lost, so the whole label run stops instead. On the
    /// last line such a quote loses nothing, and the row is reported like other bad quoting.
    /// </exception>
    public string? TakeFor(CsvReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // Cheap exit for the usual row: nothing pending, no line number needed.
        if (_pending.Count == 0)
        {
            return null;
        }

        var line = reader.LineNumber;
        CsvMalformedReason? found = null;
        while (_pending.TryPeek(out var record) && record.LineNumber <= line)
        {
            // Earlier lines are the header's, which is read as recovered.
            if (_pending.Dequeue().LineNumber == line)
            {
                found ??= record.Reason;
            }
        }

        if (found == CsvMalformedReason.UnterminatedQuote && SpansLines(reader))
        {
            throw new LabelException(
                $"{fileName} line {line}: a quote opened in this row is never closed, so every "
                    + "line after it would be read as one field; close or remove the quote and "
                    + "label again (nothing was written)");
        }

        return found is { } reason ? Describe(reason) : null;
    }

    // A record read past its own line: a line break inside it, not counting the one that ends it.
    private static bool SpansLines(CsvReader reader) =>
        reader.RawRecord.TrimEnd("\r\n"u8).IndexOfAny((byte)'\r', (byte)'\n') >= 0;

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed, so it runs to the end of the file",
        CsvMalformedReason.StrayQuote => "a quote inside a field that does not start with one",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        _ => "malformed quoting",
    };
}
