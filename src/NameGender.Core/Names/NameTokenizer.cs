using System.Globalization;
using System.Text;

namespace NameGender.Core.Names;

/// <summary>
/// Splits raw text into cleaned words, in one segment, or two when a comma puts the surname first.
/// </summary>
internal static class NameTokenizer
{
    public static List<List<NameToken>> Tokenize(string input)
    {
        var segments = new List<List<NameToken>> { new() };
        var word = new StringBuilder(input.Length);
        var marksFold = true;

        foreach (var rune in Decompose(input).EnumerateRunes())
        {
            if (IsComma(rune))
            {
                Flush(word, segments[^1]);

                // Only the first comma separates surname from given name; later ones are separators.
                if (segments.Count == 1)
                {
                    segments.Add([]);
                }

                continue;
            }

            if (IsApostrophe(rune))
            {
                continue;
            }

            if (IsHyphen(rune))
            {
                if (word.Length > 0 && word[^1] != '-')
                {
                    word.Append('-');
                }

                continue;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.OtherLetter:
                    marksFold = LetterFolding.DropsAccents(rune);
                    LetterFolding.AppendFolded(word, rune);
                    break;

                // Accents on Latin and Greek letters are folded away; elsewhere the mark is part of
                // the letter (Cyrillic й, Devanagari vowel signs, Thai tone marks).
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    if (!marksFold && word.Length > 0)
                    {
                        word.Append(rune.ToString());
                    }

                    break;

                // Digits, symbols, emoji, modifier letters and invisible format characters carry no
                // name: they are dropped without splitting the word ("Anna2" is Anna).
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.OtherNumber:
                case UnicodeCategory.MathSymbol:
                case UnicodeCategory.CurrencySymbol:
                case UnicodeCategory.ModifierSymbol:
                case UnicodeCategory.OtherSymbol:
                case UnicodeCategory.Format:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.Surrogate:
                    break;

                // Whitespace of every kind, controls, periods and other punctuation end a word.
                default:
                    Flush(word, segments[^1]);
                    break;
            }
        }

        Flush(word, segments[^1]);
        return segments;
    }

    private static bool IsComma(Rune rune) => rune.Value is ',' or '，' or '、' or '؛' or '،';

    private static bool IsApostrophe(Rune rune) =>
        rune.Value is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or '`' or '´' or 'ʹ' or '′';

    private static bool IsHyphen(Rune rune) =>
        rune.Value is '-' or '‐' or '‑' or '‒' or '–' or '﹣' or '－' or '_';

    private static void Flush(StringBuilder word, List<NameToken> tokens)
    {
        var text = word.ToString().Trim('-');
        word.Clear();
        if (text.Length == 0)
        {
            return;
        }

        if (!Ascii.IsValid(text))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        tokens.Add(new NameToken(text));
    }

    // Canonical decomposition splits "é" into "e" and a combining accent, which the loop then drops.
    // Unpaired surrogates would make Normalize throw, so they are removed first.
    private static string Decompose(string input)
    {
        if (Ascii.IsValid(input))
        {
            return input;
        }

        var valid = new StringBuilder(input.Length);
        foreach (var rune in input.EnumerateRunes())
        {
            if (rune != Rune.ReplacementChar)
            {
                valid.Append(rune.ToString());
            }
        }

        return valid.ToString().Normalize(NormalizationForm.FormD);
    }
}
