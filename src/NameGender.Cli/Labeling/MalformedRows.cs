using CsvHelper;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Collects the quoting problems CsvHelper reports while it scans ahead, and hands each one to the
/// row it belongs to once the reader returns that row. Both sides name the row by the line it
/// starts on. Holds at most the rows of one read buffer.
/// </summary>
internal sealed class MalformedRows
{
    private readonly Queue<CsvMalformedRecord> _pending = new();

    public void Add(CsvMalformedRecord record) => _pending.Enqueue(record);

    /// <summary>What is wrong with the quoting of the row the reader is on; null when nothing.</summary>
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

        return found is { } reason ? Describe(reason) : null;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside a field that does not start with one",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a quoted field",
        CsvMalformedReason.UnterminatedQuote =>
            "a quoted field is never closed, so it runs to the end of the file",
        CsvMalformedReason.LineBreakInQuotes => "a line break inside a quoted field",
        _ => "malformed quoting",
    };
}
