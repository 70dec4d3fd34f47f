using System.Globalization;
using System.Text;

namespace NameGender.Core.Names;

/// <summary>
/// Turns one character into what a name key holds: lower case (invariant culture, so a Turkish
/// thread culture cannot turn I into dotless ı), accents removed from Latin letters, and the Latin
/// letters that do not decompose under Unicode spelled the way English-language registries spell them.
/// </summary>
internal static class LetterFolding
{
    // Letters with no canonical decomposition, spelled as US records usually transliterate them.
    private static readonly Dictionary<int, string> Undecomposable = new()
    {
        ['ø'] = "o", ['ł'] = "l", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['đ'] = "d", ['ð'] = "d",
        ['þ'] = "th", ['ı'] = "i", ['ħ'] = "h", ['ŋ'] = "n", ['ĸ'] = "k", ['ſ'] = "s", ['ŧ'] = "t",
        ['ŀ'] = "l", ['ƒ'] = "f", ['ɨ'] = "i", ['ʉ'] = "u", ['ĳ'] = "ij",
    };

    /// <summary>True for letters of the Latin script (Basic Latin to Latin Extended, IPA, Additional).</summary>
    public static bool IsLatin(Rune rune) =>
        rune.Value is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 0xC0 and <= 0x2AF)
            or (>= 0x1E00 and <= 0x1EFF) or (>= 0xFF21 and <= 0xFF5A);

    /// <summary>True for letters whose accents a name key drops: Latin and Greek.</summary>
    public static bool DropsAccents(Rune rune) => IsLatin(rune) || rune.Value is >= 0x0370 and <= 0x03FF;

    /// <summary>Appends the folded, lower-case form of a letter.</summary>
    public static void AppendFolded(StringBuilder builder, Rune letter)
    {
        var lower = Rune.ToLowerInvariant(letter);

        // Full-width Latin letters (common in East Asian input methods) become plain ones.
        if (lower.Value is >= 0xFF41 and <= 0xFF5A)
        {
            builder.Append((char)(lower.Value - 0xFF41 + 'a'));
            return;
        }

        if (Undecomposable.TryGetValue(lower.Value, out var spelled))
        {
            builder.Append(spelled);
            return;
        }

        builder.Append(lower.ToString());
    }

    /// <summary>Names the script of the first letter outside a–z, for messages.</summary>
    public static string ScriptOf(string key)
    {
        foreach (var rune in key.EnumerateRunes())
        {
            if (rune.Value is >= 'a' and <= 'z' or '-')
            {
                continue;
            }

            return rune.Value switch
            {
                >= 0x0370 and <= 0x03FF => "Greek",
                >= 0x0400 and <= 0x052F => "Cyrillic",
                >= 0x0530 and <= 0x058F => "Armenian",
                >= 0x0590 and <= 0x05FF => "Hebrew",
                >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F => "Arabic",
                >= 0x0900 and <= 0x097F => "Devanagari",
                >= 0x0E00 and <= 0x0E7F => "Thai",
                >= 0x10A0 and <= 0x10FF => "Georgian",
                >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xAC00 and <= 0xD7AF => "Hangul",
                >= 0x3040 and <= 0x309F => "Hiragana",
                >= 0x30A0 and <= 0x30FF => "Katakana",
                >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0x20000 and <= 0x2FA1F => "Han",
                _ when IsLatin(rune) => "Latin",
                _ => CharUnicodeInfo.GetUnicodeCategory(rune.Value) == UnicodeCategory.OtherLetter
                    ? "non-Latin"
                    : "unknown",
            };
        }

        return "Latin";
    }
}
