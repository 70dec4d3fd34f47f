using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Streams a CSV file through the predictor: every row and column of the input, in order, followed
/// by gender, p_female, source and reason for the name in one of its columns. Memory stays flat
/// whatever the file's size: a read buffer, a batch of rows and a bounded cache of names.
/// </summary>
/// <remarks>
/// A row that reads as the header says is copied byte for byte, its quoting included. A row that
/// does not (bad quoting, a field count other than the header's, an unparsable birth year) is kept
/// too, never dropped: it gets gender unknown with the problem as reason, and is reported with its
/// line. Such a row is rebuilt from its fields: a short one padded with empty fields, a long one
/// with its extra fields after the added columns, so every value stays under its own header. The
/// output is UTF-8 without a byte order mark, with the input's delimiter and line ending.
/// </remarks>
internal sealed class CsvLabeler
{
    // An unclosed quote would otherwise buffer the rest of the file as one record, up to 2 GiB.
    private const int MaxRecordMiB = 16;

    private const int ReadBufferSize = 1 << 20;

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
        var newLine = Encoding.UTF8.GetBytes(LineEndings.Detect(input, options.Encoding));
        var encoder = new CsvEncoder(options.Delimiter);
        var malformed = new MalformedRows(options.FileName);
        using var reader = CsvReader.Create(input, ReaderOptions(options, malformed), leaveOpen: true);

        var header = new InputHeader([.. reader.Headers], options.FileName);
        if (header.Count == 0)
        {
            throw new LabelException(
                $"{options.FileName} is empty; expected a header row naming its columns");
        }

        var columns = new LabelledColumns(
            header.IndexOf(options.Column, "--column"),
            options.BornColumn is null ? -1 : header.IndexOf(options.BornColumn, "--born-column"),
            header.Count,
            options.CountryColumn is null ? -1 : header.IndexOf(options.CountryColumn, "--country-column"));
        var added = AddedColumns.For(header.Names, options.Prefix, options.FileName);
        WriteHeader(output, encoder, [.. header.Names, .. added], newLine);

        var names = new NameLabeler(_predictor, encoder, options.CacheCapacity);
        var pass = new LabelPass(reader, output, columns, malformed, names, encoder, newLine, options);
        try
        {
            while (pass.LabelNextBatch())
            {
                cancellationToken.ThrowIfCancellationRequested();
                options.OnProgress?.Invoke(BytesRead(input, reader));
            }
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber.ToString(CultureInfo.InvariantCulture);
            throw new LabelException(
                $"{options.FileName} line {line}: a record runs past {MaxRecordMiB} MiB; "
                    + "most likely a quote is never closed",
                e);
        }

        output.Flush();
        options.OnProgress?.Invoke(BytesRead(input, reader));
        return pass.Tally.ToSummary(_time.GetElapsedTime(started));
    }

    private static void WriteHeader(
        Stream output, CsvEncoder encoder, IEnumerable<string> names, byte[] newLine)
    {
        var header = new ArrayBufferWriter<byte>();
        encoder.Fields(names, header);
        header.Write(newLine);
        output.Write(header.WrittenSpan);
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
            MaxRecordSize = MaxRecordMiB << 20,
            BufferSize = ReadBufferSize,
            OnMalformedRecord = malformed.Add,
        };
}
