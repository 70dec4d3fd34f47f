namespace NameGender.Core.Models;

/// <summary>
/// A coarse key for how a name sounds: spellings that differ only by letters said alike (Carl and
/// Karl, Lucy and Lucie, Sara and Sarah, Phillip and Filip) share it. The character model reads the
/// births of a name's sound-alikes as evidence of their own, because such a pair is usually given to
/// the same sex even when the letters around the change (Carl next to Carol) suggest otherwise.
/// </summary>
public static class SoundKey
{
    public static string Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var folded = key
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace('k', 'c')
            .Replace('q', 'c')
            .Replace('z', 's')
            .Replace('y', 'i');
        if (folded.EndsWith("ie", StringComparison.Ordinal))
        {
            folded = folded[..^1];
        }

        if (folded.Length > 3 && folded.EndsWith('h'))
        {
            folded = folded[..^1];
        }

        return CollapseDoubles(folded);
    }

    // Doubled letters sound as one: Jenifer and Jennifer, Phillip and Philip.
    private static string CollapseDoubles(string text)
    {
        var letters = new char[text.Length];
        var length = 0;
        foreach (var letter in text)
        {
            if (length == 0 || letters[length - 1] != letter)
            {
                letters[length++] = letter;
            }
        }

        return new string(letters, 0, length);
    }
}
