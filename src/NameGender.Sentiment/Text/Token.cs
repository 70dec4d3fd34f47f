namespace NameGender.Sentiment.Text;

/// <summary>A word or emoticon of the text, as written and lower-cased for lexicon look-ups.</summary>
/// <param name="Text">
/// The token as written: capitals, and some rule words, are matched case-sensitively.
/// </param>
/// <param name="Lower">The token lower-cased.</param>
internal readonly record struct Token(string Text, string Lower)
{
    public static Token From(string text) => new(text, text.ToLowerInvariant());
}
