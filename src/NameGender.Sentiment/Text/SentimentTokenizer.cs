namespace NameGender.Sentiment.Text;

/// <summary>
/// Splits a text into words and emoticons the way the reference VADER port does, so both score the
/// same tokens: split at every whitespace character, drop pieces of one UTF-16 unit (so "I", "a",
/// stray punctuation and single-unit symbols carry no weight), and strip one leading or trailing
/// punctuation run from a word that is otherwise free of punctuation. Only the runs VADER lists
/// are stripped: "great!!!" becomes "great", but "great!!!!" and "(great)" stay as written.
/// Emoticons such as ":-)" and contractions such as "don't" stay whole.
/// </summary>
internal static class SentimentTokenizer
{
    // VADER's list of punctuation runs that may sit against a word; "!?" or "!!!!" are not in it,
    // so "great!!!!" stays a token the lexicon does not know, exactly as in the reference.
    private static readonly string[] StrippableRuns =
    [
        ".", "!", "?", ",", ";", ":", "-", "'", "\"",
        "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?",
    ];

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        var start = 0;

        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsSeparator(text[i]))
            {
                continue;
            }

            if (i - start > 1)
            {
                tokens.Add(Token.From(StripPunctuation(text[start..i])));
            }

            start = i + 1;
        }

        return [.. tokens];
    }

    private static string StripPunctuation(string piece)
    {
        foreach (var run in StrippableRuns)
        {
            if (piece.Length - run.Length < 2)
            {
                continue;
            }

            if (piece.StartsWith(run, StringComparison.Ordinal) && IsWord(piece.AsSpan(run.Length)))
            {
                return piece[run.Length..];
            }

            if (piece.EndsWith(run, StringComparison.Ordinal) && IsWord(piece.AsSpan()[..^run.Length]))
            {
                return piece[..^run.Length];
            }
        }

        return piece;
    }

    private static bool IsWord(ReadOnlySpan<char> candidate)
    {
        foreach (var c in candidate)
        {
            if (IsAsciiPunctuation(c))
            {
                return false;
            }
        }

        return true;
    }

    // Python's string.punctuation, the set the reference removes before matching words.
    private static bool IsAsciiPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    // JavaScript's \s, which the reference splits on: wider than ASCII space, and unlike
    // char.IsWhiteSpace it includes U+FEFF and excludes U+0085.
    private static bool IsSeparator(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' => true,
        '\u00A0' or '\u1680' or '\u2028' or '\u2029' => true,
        '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
