using System.Globalization;
using System.Text;
using NameGender.Server.Predictions;

namespace NameGender.Server.SageMaker;

/// <summary>
/// Splits a text/csv body into names. Commas and line breaks (LF, CRLF or CR) both separate names,
/// which is why no CSV library is used: they treat a line as a record. RFC 4180 quoting holds:
/// "Carter, Emily" is one name and "" inside quotes is a quote. Each name is trimmed; empty fields
/// are skipped, so Tom,,Allie is two names and a trailing line break adds none.
/// </summary>
internal static class CsvNameReader
{
    private const char ByteOrderMark = '\uFEFF';

    public static ParsedNames Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var names = new List<NameInput>();
        var i = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        while (true)
        {
            while (i < text.Length && IsBlank(text[i]))
            {
                i++;
            }

            string? error;
            string? name;
            if (i < text.Length && text[i] == '"')
            {
                (name, i, error) = ReadQuoted(text, i);
            }
            else
            {
                (name, i, error) = ReadPlain(text, i);
            }

            if (error is not null)
            {
                return ParsedNames.Fail(error);
            }

            if (name is not null)
            {
                names.Add(new NameInput(name, null));
            }

            if (i >= text.Length)
            {
                return ParsedNames.Of(names);
            }

            i++;
        }
    }

    private static (string? Name, int End, string? Error) ReadPlain(string text, int start)
    {
        var i = start;
        while (i < text.Length && !IsSeparator(text[i]))
        {
            if (char.IsControl(text[i]) && text[i] != '\t')
            {
                return (null, i, ControlCharacter(text, i));
            }

            i++;
        }

        var field = text.AsSpan(start, i - start).Trim();
        return (field.IsEmpty ? null : field.ToString(), i, null);
    }

    private static (string? Name, int End, string? Error) ReadQuoted(string text, int open)
    {
        var value = new StringBuilder();
        var i = open + 1;
        while (true)
        {
            var quote = text.IndexOf('"', i);
            if (quote < 0)
            {
                return (null, text.Length, $"The quote opened at {Position(text, open)} is never closed.");
            }

            value.Append(text, i, quote - i);
            if (quote + 1 < text.Length && text[quote + 1] == '"')
            {
                value.Append('"');
                i = quote + 2;
                continue;
            }

            i = quote + 1;
            break;
        }

        while (i < text.Length && IsBlank(text[i]))
        {
            i++;
        }

        if (i < text.Length && !IsSeparator(text[i]))
        {
            return (null, i,
                $"Expected a comma or a line break after the closing quote at {Position(text, i)}; " +
                $"found '{text[i]}'. Quote the whole name, doubling any quote inside it.");
        }

        var name = value.ToString().Trim();
        for (var c = 0; c < name.Length; c++)
        {
            if (char.IsControl(name[c]) && name[c] is not ('\t' or '\r' or '\n'))
            {
                return (null, i, ControlCharacter(text, text.IndexOf(name[c], open)));
            }
        }

        return (name.Length == 0 ? null : name, i, null);
    }

    private static bool IsSeparator(char c) => c is ',' or '\n' or '\r';

    private static bool IsBlank(char c) => c is ' ' or '\t';

    private static string ControlCharacter(string text, int index)
    {
        var code = ((int)text[index]).ToString("X4", CultureInfo.InvariantCulture);
        return $"The body holds the control character U+{code} at {Position(text, index)}; names never do.";
    }

    /// <summary>"line L, column C", both 1-based, counting characters after the byte-order mark.</summary>
    private static string Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var afterMark = lineStart == 0 && text.Length > 0 && text[0] == ByteOrderMark;
        var column = index - lineStart + (afterMark ? 0 : 1);
        return string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");
    }
}
