using System.Buffers;
using System.Text;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Writes UTF-8 fields as RFC 4180 has them: a field holding the delimiter, a quote or a line break
/// is enclosed in quotes with its quotes doubled; any other field is copied as it is.
/// </summary>
internal sealed class CsvEncoder
{
    private const byte Quote = (byte)'"';

    private readonly SearchValues<byte> _needsQuotes;

    public CsvEncoder(char delimiter)
    {
        Delimiter = checked((byte)delimiter);
        _needsQuotes = SearchValues.Create([Delimiter, Quote, (byte)'\r', (byte)'\n']);
    }

    public byte Delimiter { get; }

    public void Field(ReadOnlySpan<byte> value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        if (!value.ContainsAny(_needsQuotes))
        {
            output.Write(value);
            return;
        }

        output.Write([Quote]);
        var rest = value;
        for (var quote = rest.IndexOf(Quote); quote >= 0; quote = rest.IndexOf(Quote))
        {
            // Up to and including the quote, then the quote again.
            output.Write(rest[..(quote + 1)]);
            output.Write([Quote]);
            rest = rest[(quote + 1)..];
        }

        output.Write(rest);
        output.Write([Quote]);
    }

    /// <summary>A field from UTF-16 text.</summary>
    public void Field(string value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);

        var utf8 = Encoding.UTF8.GetMaxByteCount(value.Length) <= 256
            ? stackalloc byte[256]
            : new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
        Field(utf8[..Encoding.UTF8.GetBytes(value, utf8)], output);
    }

    /// <summary>Fields separated by the delimiter, as one record without its line ending.</summary>
    public void Fields(IEnumerable<string> values, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(values);

        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                output.Write([Delimiter]);
            }

            Field(value, output);
            first = false;
        }
    }
}
