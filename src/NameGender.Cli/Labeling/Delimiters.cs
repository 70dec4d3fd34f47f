namespace NameGender.Cli.Labeling;

/// <summary>Reads --delimiter: one ASCII character, with "\t" and "tab" for a tab.</summary>
internal static class Delimiters
{
    public static char? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);

        error = null;
        if (text is "\\t" || string.Equals(text, "tab", StringComparison.OrdinalIgnoreCase))
        {
            return '\t';
        }

        if (text.Length == 1 && char.IsAscii(text[0]) && text[0] is not ('"' or '\r' or '\n'))
        {
            return text[0];
        }

        error = "--delimiter must be one ASCII character other than a quote, such as , ; | or tab; "
            + $"found '{text}'";
        return null;
    }
}
