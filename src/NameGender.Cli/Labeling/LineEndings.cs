using System.Text;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Finds the line ending of the input from its first line break, so the output ends its lines the
/// same way: CRLF for files from Windows and Excel, LF for files from Unix tools.
/// </summary>
internal static class LineEndings
{
    public const string Crlf = "\r\n";

    private const int SampleChars = 64 * 1024;

    /// <summary>
    /// The line ending of a seekable <paramref name="input"/>, which is left where it was; CRLF (as
    /// RFC 4180 has it) when the input cannot seek or shows no line break early on.
    /// </summary>
    public static string Detect(Stream input, Encoding? encoding)
    {
        ArgumentNullException.ThrowIfNull(input);

        if (!input.CanSeek)
        {
            return Crlf;
        }

        var start = input.Position;
        var sample = new char[SampleChars];
        int read;
        using (var reader = new StreamReader(
            input, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            read = reader.ReadBlock(sample, 0, sample.Length);
        }

        input.Position = start;
        var text = sample.AsSpan(0, read);
        var lineFeed = text.IndexOf('\n');
        return lineFeed switch
        {
            > 0 when text[lineFeed - 1] == '\r' => Crlf,
            >= 0 => "\n",
            _ when text.Contains('\r') => "\r",
            _ => Crlf,
        };
    }
}
