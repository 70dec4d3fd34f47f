using System.Text.Unicode;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using NameGender.Core.Data;

namespace NameGender.Cli.Labeling;

/// <summary>
/// One pass of <see cref="CsvLabeler"/> over the rows after the header, a batch at a time: read and
/// check the rows, predict the names the cache lacks, write the rows in order with their labels.
/// </summary>
/// <remarks>
/// The hot methods are compiled fully optimized from the first call: a labelling run is one long
/// loop in a fresh process, which would otherwise spend its first seconds in unoptimized code.
/// </remarks>
internal sealed class LabelPass
{
    private readonly CsvReader _reader;
    private readonly Stream _output;
    private readonly LabelledColumns _columns;
    private readonly MalformedRows _malformed;
    private readonly NameLabeler _names;
    private readonly BornCells _bornCells;
    private readonly CountryCells _countryCells;
    private readonly CsvEncoder _encoder;
    private readonly byte[] _newLine;
    private readonly LabelOptions _options;
    private readonly RowBatch _batch;
    private readonly ArrayBufferWriter<byte> _rendered = new(1 << 20);

    public LabelPass(
        CsvReader reader,
        Stream output,
        LabelledColumns columns,
        MalformedRows malformed,
        NameLabeler names,
        CsvEncoder encoder,
        byte[] newLine,
        LabelOptions options)
    {
        _reader = reader;
        _output = output;
        _columns = columns;
        _malformed = malformed;
        _names = names;
        _bornCells = new BornCells(options.Born);
        _countryCells = new CountryCells(options.Country);
        _encoder = encoder;
        _newLine = newLine;
        _options = options;
        _batch = new RowBatch(encoder);
    }

    public LabelTally Tally { get; } = new();

    /// <summary>Labels the next batch of rows; false when the input has no rows left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool LabelNextBatch()
    {
        _batch.Clear();
        while (!_batch.IsFull && _reader.Read())
        {
            Add();
        }

        if (_batch.Count == 0)
        {
            return false;
        }

        _names.PredictPending();
        _rendered.ResetWrittenCount();
        for (var row = 0; row < _batch.Count; row++)
        {
            var label = _names.Resolve(_batch.Label(row));
            Tally.Count(label);
            _rendered.Write(_batch.Head(row));
            _rendered.Write([_encoder.Delimiter]);
            _rendered.Write(label.Cells);
            _rendered.Write(_batch.Tail(row));
            _rendered.Write(_newLine);
        }

        _output.Write(_rendered.WrittenSpan);
        return true;
    }

    // Runs while the reader is on the row: line numbers and quoting problems are the reader's.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add()
    {
        // Bytes that are not UTF-8 would be copied into the output as they are and the name read
        // without them (José as "jos"): the file is in another encoding, which the user must name.
        if (!Utf8.IsValid(_reader.RawRecord))
        {
            var line = _reader.LineNumber.ToString(CultureInfo.InvariantCulture);
            throw new LabelException(
                $"{_options.FileName} line {line} is not valid UTF-8; name the file's encoding, "
                    + "e.g. --encoding windows-1252 (nothing was written)");
        }

        var problem = _malformed.TakeFor(_reader) ?? FieldCountProblem();
        YearPeriod? born = _options.Born;
        if (problem is null && _columns.Born >= 0
            && !_bornCells.TryRead(_reader.GetSpan(_columns.Born), out born, out var bornError))
        {
            problem = $"{_options.BornColumn}: {bornError}";
        }

        var country = _options.Country;
        if (problem is null && _columns.Country >= 0
            && !_countryCells.TryRead(_reader.GetSpan(_columns.Country), out country, out var countryError))
        {
            problem = $"{_options.CountryColumn}: {countryError}";
        }

        if (problem is not null)
        {
            var row = new UnreadableRow(_options.FileName, _reader.LineNumber, problem);
            Tally.Unreadable(row);
            _options.OnUnreadableRow?.Invoke(row);
            _batch.AddRebuilt(_reader, _columns.HeaderCount, RowLabel.Unreadable(problem, _encoder));
            return;
        }

        var label = _names.Find(_reader.GetSpan(_columns.Name), born, country);

        _batch.AddAsRead(_reader.RawRecord, label);
    }

    private string? FieldCountProblem()
    {
        var fields = _reader.FieldCount;
        var expected = _columns.HeaderCount;
        if (fields == expected)
        {
            return null;
        }

        return fields == 1 && _reader.RawRecord.IsEmpty
            ? string.Create(CultureInfo.InvariantCulture, $"an empty line, header has {expected} fields")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{fields} field{(fields == 1 ? string.Empty : "s")}, header has {expected}");
    }
}
