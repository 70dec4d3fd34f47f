using System.Globalization;
using CsvHelper;
using NameGender.Core.Data;
using NameGender.Feedback.Records;

namespace NameGender.Feedback.Csv;

/// <summary>
/// Reads a company's feedback CSV into records, row by row: each row is accepted or rejected with
/// its line number and the reason, never dropped. A row is rejected when its quoting is broken, its
/// field count differs from the header's (its columns could not be trusted), it has no text, or a
/// value breaks <see cref="FeedbackRules"/>. Blank lines are not rows. A quote never closed that
/// swallows the lines after it refuses the whole file: those rows could be neither read nor reported.
/// </summary>
public static class FeedbackCsvReader
{
    public static CsvReadResult Read(TextReader reader, ColumnMapping mapping, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(mapping);

        var malformed = new Queue<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrackLineNumbers = true,
            OnMalformedRecord = malformed.Enqueue,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        var header = csv.Headers.ToArray();
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw new CsvImportException("The file is empty; expected a header row and then one row per feedback.");
        }

        var columns = HeaderMatcher.Match(header, mapping);
        var accepted = new List<NewFeedback>();
        var rejected = new List<RejectedRow>();
        while (csv.Read())
        {
            var line = csv.LineNumber;
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i) ?? string.Empty;
            }

            string? problem;
            NewFeedback? feedback = null;
            var quoting = TakeMalformed(malformed, line);
            if (quoting == CsvMalformedReason.UnterminatedQuote && SpansLines(csv))
            {
                throw new CsvImportException(Invariant($"Line {line}")
                    + ": a quote opened in this row is never closed, so every line after it would be read as "
                    + "one field; close or remove the quote and import again (nothing was imported).");
            }

            if (quoting is not null)
            {
                problem = "its quoting is broken (a quote inside an unquoted field, or one never closed)";
            }
            else if (fields.Length != header.Length)
            {
                problem = Invariant($"it has {fields.Length} fields where the header has {header.Length}");
            }
            else
            {
                (feedback, problem) = ToFeedback(fields, columns, now);
            }

            if (feedback is not null)
            {
                accepted.Add(feedback);
            }
            else
            {
                rejected.Add(new RejectedRow(line, problem!));
            }
        }

        var names = new ImportedColumns(
            At(header, columns.FirstName), At(header, columns.LastName), header[columns.Text],
            At(header, columns.Rating), At(header, columns.PostedAt), At(header, columns.Country));
        return new CsvReadResult(accepted, rejected, names);
    }

    // CsvHelper reports a malformed record before Read returns it; the start line pairs them up.
    private static CsvMalformedReason? TakeMalformed(Queue<CsvMalformedRecord> malformed, long line)
    {
        CsvMalformedReason? found = null;
        while (malformed.TryPeek(out var record) && record.LineNumber <= line)
        {
            if (malformed.Dequeue().LineNumber == line)
            {
                found ??= record.Reason;
            }
        }

        return found;
    }

    // A record read past its own line: a line break inside it, not counting the one that ends it.
    // On the last line an unclosed quote swallows nothing, and the row is rejected like other bad quoting.
    private static bool SpansLines(CsvReader csv) =>
        csv.RawRecord.TrimEnd("\r\n"u8).IndexOfAny((byte)'\r', (byte)'\n') >= 0;

    private static (NewFeedback? Feedback, string? Problem) ToFeedback(
        string[] fields,
        (int? FirstName, int? LastName, int Text, int? Rating, int? PostedAt, int? Country) columns,
        DateTimeOffset now)
    {
        var firstName = Cell(fields, columns.FirstName);
        var lastName = Cell(fields, columns.LastName);
        var text = Cell(fields, columns.Text);
        var problem = FeedbackRules.CheckName("first name", firstName)
            ?? FeedbackRules.CheckName("last name", lastName)
            ?? FeedbackRules.CheckText("the text", text);
        if (problem is not null)
        {
            return (null, problem);
        }

        int? rating = null;
        if (Cell(fields, columns.Rating) is { } ratingText)
        {
            if (!int.TryParse(ratingText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                || FeedbackRules.CheckRating("rating", value) is not null)
            {
                return (null, $"rating '{ratingText}' is not a whole number from 1 to 5");
            }

            rating = value;
        }

        var postedAt = now;
        if (Cell(fields, columns.PostedAt) is { } postedText)
        {
            if (!DateTimeOffset.TryParse(
                postedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out postedAt))
            {
                return (null, $"posted time '{postedText}' is not a date and time (e.g. 2026-03-01T14:30:00Z)");
            }
        }

        string? country = null;
        if (Cell(fields, columns.Country) is { } countryText && !CountryCode.TryNormalize(countryText, out country))
        {
            return (null, $"country '{countryText}' is not {CountryCode.Expected}");
        }

        return (new NewFeedback(firstName, lastName, text!, rating, postedAt) { Country = country }, null);
    }

    /// <summary>The field trimmed, with the export's spreadsheet escape removed; null when blank.</summary>
    private static string? Cell(string[] fields, int? column)
    {
        if (column is not { } index)
        {
            return null;
        }

        var value = SpreadsheetEscaping.Unescape(fields[index].Trim());
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? At(string[] header, int? column) => column is { } index ? header[index] : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
