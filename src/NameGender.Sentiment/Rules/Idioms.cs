using NameGender.Sentiment.Text;

namespace NameGender.Sentiment.Rules;

/// <summary>
/// VADER's idioms whose sentiment differs from their words' ("the bomb" is praise, "yeah right"
/// scorn). A match replaces the valence of the sentiment word it touches. Matched on the tokens as
/// written (case-sensitive), as in the reference. The phrases and valences are VADER's published
/// data.
/// </summary>
internal static class Idioms
{
    private static readonly (string[] Words, double Valence)[] Phrases =
    [
        (["the", "shit"], 3),
        (["the", "bomb"], 3),
        (["bad", "ass"], 1.5),
        (["yeah", "right"], -2),
        (["cut", "the", "mustard"], 2),
        (["kiss", "of", "death"], -1.5),
        (["hand", "to", "mouth"], -2),
    ];

    /// <summary>
    /// Whether the <paramref name="count"/> tokens from <paramref name="start"/> are an idiom.
    /// </summary>
    public static bool TryMatch(IReadOnlyList<Token> tokens, int start, int count, out double valence)
    {
        foreach (var (words, phraseValence) in Phrases)
        {
            if (words.Length == count && Matches(words, tokens, start))
            {
                valence = phraseValence;
                return true;
            }
        }

        valence = 0;
        return false;
    }

    private static bool Matches(string[] words, IReadOnlyList<Token> tokens, int start)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[start + k].Text != words[k])
            {
                return false;
            }
        }

        return true;
    }
}
