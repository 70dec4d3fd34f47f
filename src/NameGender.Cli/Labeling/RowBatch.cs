using System.Buffers;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace NameGender.Cli.Labeling;

/// <summary>
/// A few thousand rows copied out of the reader's buffer (whose spans last only until the next
/// read), so the names they miss in the cache can be predicted together on every core before the
/// rows are written in order. A row is held as the bytes that go before its label and those that
/// go after it. The buffers are reused from batch to batch.
/// </summary>
internal sealed class RowBatch
{
    // Enough rows that a batch holds hundreds of cache misses to share out, few enough that a batch
    // stays in the CPU cache. The byte budget bounds batches of very wide rows.
    private const int MaxRows = 8192;
    private const int MaxBytes = 4 << 20;

    private readonly List<BatchRow> _rows = new(MaxRows);
    private readonly ArrayBufferWriter<byte> _bytes = new(1 << 20);
    private readonly CsvEncoder _encoder;

    public RowBatch(CsvEncoder encoder)
    {
        _encoder = encoder;
    }

    public int Count => _rows.Count;

    public bool IsFull => _rows.Count >= MaxRows || _bytes.WrittenCount >= MaxBytes;

    // Compiled fully optimized from the first call: the labeler's hot path (see LabelPass).
    /// <summary>
    /// Adds a row that reads as the header says: its bytes exactly as the input has them (quotes,
    /// spacing and line breaks in quoted fields included), then its label.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddAsRead(ReadOnlySpan<byte> record, PendingLabel label)
    {
        var start = _bytes.WrittenCount;
        _bytes.Write(record);
        _rows.Add(new BatchRow(start, _bytes.WrittenCount, _bytes.WrittenCount, label));
    }

    /// <summary>
    /// Adds a row that does not fit the header, rebuilt from its fields: the header's columns
    /// first (empty where the row is short), then its label, then the fields past the header.
    /// </summary>
    public void AddRebuilt(CsvReader reader, int headerCount, RowLabel label)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var start = _bytes.WrittenCount;
        for (var i = 0; i < headerCount; i++)
        {
            if (i > 0)
            {
                _bytes.Write([_encoder.Delimiter]);
            }

            // A field past the end of a short row reads as empty.
            _encoder.Field(reader.GetSpan(i), _bytes);
        }

        var labelAt = _bytes.WrittenCount;
        for (var i = headerCount; i < reader.FieldCount; i++)
        {
            _bytes.Write([_encoder.Delimiter]);
            _encoder.Field(reader.GetSpan(i), _bytes);
        }

        _rows.Add(new BatchRow(start, labelAt, _bytes.WrittenCount, PendingLabel.Known(label)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PendingLabel Label(int row) => _rows[row].Label;

    /// <summary>The bytes of a row before its label.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Head(int row)
    {
        var entry = _rows[row];
        return _bytes.WrittenSpan[entry.Start..entry.LabelAt];
    }

    /// <summary>The bytes of a row after its label: fields past the header, each after a delimiter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Tail(int row)
    {
        var entry = _rows[row];
        return _bytes.WrittenSpan[entry.LabelAt..entry.End];
    }

    public void Clear()
    {
        _rows.Clear();
        _bytes.ResetWrittenCount();
    }

    private readonly record struct BatchRow(int Start, int LabelAt, int End, PendingLabel Label);
}
