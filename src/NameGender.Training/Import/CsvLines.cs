using CsvHelper;

namespace NameGender.Training.Import;

/// <summary>
/// The non-blank lines of a comma-separated text, split into fields by CsvHelper (BOM, CRLF and
/// quoted fields handled there), each with its 1-based line number.
/// </summary>
internal sealed class CsvLines : IDisposable
{
    private readonly Queue<CsvMalformedRecord> _malformed = new();
    private readonly CsvReader _reader;

    public CsvLines(Stream stream)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            HasHeader = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            PoolStrings = true,

            // A name never spans lines, so a line break inside quotes is a stray quote: ending the
            // record there costs one bad line instead of swallowing the rest of the file.
            AllowLineBreaksInQuotes = false,
            OnMalformedRecord = _malformed.Enqueue,
        };
        _reader = CsvReader.Create(stream, options, leaveOpen: false);
    }

    /// <summary>The 1-based line where the current record starts.</summary>
    public long Line => _reader.LineNumber;

    public int FieldCount => _reader.FieldCount;

    /// <summary>The current record as the input spells it, quotes included.</summary>
    public string RawText => _reader.Current.ToString();

    /// <summary>Whether the current record breaks the quoting rules, recovered by CsvHelper.</summary>
    public bool IsMalformed { get; private set; }

    /// <summary>Moves to the next record, passing over empty and whitespace-only lines.</summary>
    public bool Read()
    {
        while (_reader.Read())
        {
            IsMalformed = TakeMalformed();
            if (!IsBlank())
            {
                return true;
            }
        }

        return false;
    }

    public string Field(int index) => _reader.GetString(index);

    public void Dispose() => _reader.Dispose();

    private bool IsBlank() => _reader.FieldCount == 1 && _reader.IsEmpty(0) && !IsMalformed;

    private bool TakeMalformed()
    {
        // CsvHelper reports a malformed record before Read returns it; the line number pairs them.
        var found = false;
        while (_malformed.TryPeek(out var record) && record.LineNumber <= _reader.LineNumber)
        {
            found |= _malformed.Dequeue().LineNumber == _reader.LineNumber;
        }

        return found;
    }
}
