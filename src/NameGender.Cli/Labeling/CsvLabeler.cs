using System.Globalization;
using CsvHelper;
using NameGender.Core.Data;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Streams a CSV file through the predictor: every row and column of the input, in order, followed
/// by gender, p_female, source and reason for the name in one of its columns. Memory stays flat
/// whatever the file's size: one read buffer, one write buffer and a bounded cache of names.
/// </summary>
/// <remarks>
/// Rows that cannot be read as the header says are kept, never dropped: they get gender unknown
/// and the problem as reason, and are reported with their line. A short row is padded with empty
/// fields; a long row keeps its extra fields after the added columns, so every value stays under
/// its own header. The output is UTF-8 without a byte order mark, with the input's delimiter and
/// line ending, quoted as RFC 4180 requires.
/// </remarks>
internal sealed class CsvLabeler
{
    // Rows between progress reports and cancellation checks: a smooth bar at no measurable cost.
    private const int ReportEvery = 16_384;

    // An unclosed quote would otherwise buffer the rest of the file as one record, up to 2 GiB.
    private const int MaxRecordBytes = 16 << 20;

    private const int BufferSize = 1 << 20;

    private readonly GenderPredictor _predictor;
    private readonly TimeProvider _time;

    public CsvLabeler(GenderPredictor predictor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(time);

        _predictor = predictor;
        _time = time;
    }

    /// <summary>Labels every row of <paramref name="input"/> into <paramref name="output"/>.</summary>
    /// <exception cref="LabelException">
    /// The input is empty, lacks a named column, already has a column the labels would add, or
    /// holds a record too long to be a row.
    /// </exception>
    public LabelSummary Label(
        Stream input, Stream output, LabelOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var started = _time.GetTimestamp();
        var newLine = LineEndings.Detect(input, options.Encoding);
        var malformed = new MalformedRows();
        using var reader = CsvReader.Create(input, ReaderOptions(options, malformed), leaveOpen: true);
        using var writer = CsvWriter.Create(output, WriterOptions(options, newLine), leaveOpen: true);

        var header = new InputHeader([.. reader.Headers], options.FileName);
        if (header.Count == 0)
        {
            throw new LabelException($"{options.FileName} is empty; expected a header row naming its columns");
        }

        var columns = new LabelledColumns(
            header.IndexOf(options.Column, "--column"),
            options.BornColumn is null ? -1 : header.IndexOf(options.BornColumn, "--born-column"),
            header.Count);
        WriteHeader(writer, header, AddedColumns.For(header.Names, options.Prefix, options.FileName));

        var tally = new LabelTally();
        try
        {
            LabelRows(reader, writer, columns, malformed, tally, options, input, cancellationToken);
        }
        catch (CsvFormatException e)
        {
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"{options.FileName} line {e.LineNumber}: a record runs past {MaxRecordBytes >> 20} MiB; most likely a quote is never closed");
            throw new LabelException(message, e);
        }

        writer.Flush();
        options.OnProgress?.Invoke(BytesRead(input, reader));
        return tally.ToSummary(_time.GetElapsedTime(started));
    }

    private void LabelRows(
        CsvReader reader,
        CsvWriter writer,
        LabelledColumns columns,
        MalformedRows malformed,
        LabelTally tally,
        LabelOptions options,
        Stream input,
        CancellationToken cancellationToken)
    {
        var names = new NameLabeler(_predictor, options.CacheCapacity);
        var bornCells = new BornCells(options.Born);

        while (reader.Read())
        {
            var problem = malformed.TakeFor(reader) ?? FieldCountProblem(reader, columns.HeaderCount);
            YearPeriod? born = options.Born;
            if (problem is null && columns.Born >= 0
                && !bornCells.TryRead(reader.GetSpan(columns.Born), out born, out var bornError))
            {
                problem = $"{options.BornColumn}: {bornError}";
            }

            RowLabel label;
            if (problem is null)
            {
                label = names.Label(reader.GetSpan(columns.Name), born);
                if (names.LastWasInvalidUtf8)
                {
                    tally.NotUtf8(reader.LineNumber);
                }
            }
            else
            {
                label = RowLabel.Unreadable(problem);
                var row = new UnreadableRow(options.FileName, reader.LineNumber, problem);
                tally.Unreadable(row);
                options.OnUnreadableRow?.Invoke(row);
            }

            tally.Count(label);
            WriteRow(writer, reader, columns.HeaderCount, label);

            if (tally.Rows % ReportEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                options.OnProgress?.Invoke(BytesRead(input, reader));
            }
        }
    }

    private static void WriteHeader(CsvWriter writer, InputHeader header, IReadOnlyList<string> added)
    {
        foreach (var name in header.Names)
        {
            writer.WriteField(name);
        }

        foreach (var name in added)
        {
            writer.WriteField(name);
        }

        writer.EndRecord();
    }

    // Fields are copied as UTF-8 spans: no string per field, and quoting is redone only where needed.
    private static void WriteRow(CsvWriter writer, CsvReader reader, int headerCount, RowLabel label)
    {
        // A short row reads its missing fields as empty, which pads it to the header.
        for (var i = 0; i < headerCount; i++)
        {
            writer.WriteField(reader.GetSpan(i));
        }

        writer.WriteField(label.GenderCell);
        writer.WriteField(label.PFemale);
        writer.WriteField(label.Source);
        writer.WriteField(label.Reason);

        for (var i = headerCount; i < reader.FieldCount; i++)
        {
            writer.WriteField(reader.GetSpan(i));
        }

        writer.EndRecord();
    }

    private static string? FieldCountProblem(CsvReader reader, int headerCount)
    {
        var fields = reader.FieldCount;
        if (fields == headerCount)
        {
            return null;
        }

        return fields == 1 && reader.RawRecord.IsEmpty
            ? string.Create(CultureInfo.InvariantCulture, $"an empty line, header has {headerCount} fields")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{fields} field{(fields == 1 ? string.Empty : "s")}, header has {headerCount}");
    }

    private static long BytesRead(Stream input, CsvReader reader) =>
        input.CanSeek ? input.Position : reader.ByteOffset;

    private static CsvReaderOptions ReaderOptions(LabelOptions options, MalformedRows malformed) =>
        CsvReaderOptions.Default with
        {
            Separator = options.Delimiter,
            Encoding = options.Encoding,
            HasHeader = true,
            DetectSeparatorHint = false,
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,

            // Every line is a row: in a file of one column an empty line is a name left blank, and
            // elsewhere it is reported and kept rather than silently dropped.
            SkipEmptyLines = false,
            MaxRecordSize = MaxRecordBytes,
            BufferSize = BufferSize,
            OnMalformedRecord = malformed.Add,
        };

    private static CsvWriterOptions WriterOptions(LabelOptions options, string newLine) =>
        CsvWriterOptions.Default with
        {
            Separator = options.Delimiter,
            NewLine = newLine,
            WriteByteOrderMark = false,

            // Rows the header does not fit are written with all their fields: see WriteRow.
            ValidateFieldCount = false,
            BufferSize = BufferSize,
        };
}
