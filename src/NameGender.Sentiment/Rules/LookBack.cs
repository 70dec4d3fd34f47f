using NameGender.Sentiment.Text;

namespace NameGender.Sentiment.Rules;

/// <summary>
/// The rules that look at the few words before a sentiment word: negation, "never so/this",
/// "so/this" emphasis, idioms and two-word dampeners at the third word back, and "least".
/// Words are compared as written, as in the reference, except for "least" and its neighbours.
/// </summary>
internal static class LookBack
{
    /// <summary>How many words before a sentiment word can modify it.</summary>
    public const int Reach = 3;

    // VADER's factors for "never so good" (two words back) and for "so"/"this" emphasis at three.
    private const double NeverSoEmphasis = 1.5;
    private const double ThirdWordEmphasis = 1.25;

    // VADER's fading of a booster's effect with distance: full, then 95%, then 90%.
    private static readonly double[] BoosterFade = [1.0, 0.95, 0.9];

    /// <summary>
    /// Applies the booster and negation effects of the word <paramref name="distance"/> (1 to 3)
    /// places before the sentiment word at <paramref name="index"/>; at distance 3 also idioms and
    /// two-word dampeners.
    /// </summary>
    public static double Apply(
        double valence, IReadOnlyList<Token> tokens, int index, int distance, bool capitalsCount)
    {
        var before = tokens[index - distance];
        var scalar = Boosters.Scalar(before.Text, before.Lower, valence, capitalsCount);
        valence += scalar * BoosterFade[distance - 1];
        valence = Negate(valence, tokens, index, distance);

        return distance == Reach ? ApplyPhrases(valence, tokens, index) : valence;
    }

    /// <summary>
    /// "least good" flips like a negation; "at least good" and "very least good" do not. ("least"
    /// is no lexicon word, so it is always free to act as a modifier.)
    /// </summary>
    public static double ApplyLeast(double valence, IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0 || tokens[index - 1].Lower != "least")
        {
            return valence;
        }

        var excused = index > 1 && tokens[index - 2].Lower is "at" or "very";
        return excused ? valence : valence * Negation.Scalar;
    }

    private static double Negate(double valence, IReadOnlyList<Token> tokens, int index, int distance)
    {
        var word = tokens[index - distance].Text;
        switch (distance)
        {
            case 2 when word == "never" && IsSoOrThis(tokens[index - 1].Text):
                return valence * NeverSoEmphasis;

            // As in VADER, "so"/"this" just before the word, with any word three back, emphasises too.
            case 3 when (word == "never" && IsSoOrThis(tokens[index - 2].Text))
                || IsSoOrThis(tokens[index - 1].Text):
                return valence * ThirdWordEmphasis;

            default:
                return Negation.IsNegating(word) ? valence * Negation.Scalar : valence;
        }
    }

    private static double ApplyPhrases(double valence, IReadOnlyList<Token> tokens, int index)
    {
        // Idioms ending at, or just before, the sentiment word: the first match in VADER's order wins.
        if (Idioms.TryMatch(tokens, index - 1, 2, out var idiom)
            || Idioms.TryMatch(tokens, index - 2, 3, out idiom)
            || Idioms.TryMatch(tokens, index - 2, 2, out idiom)
            || Idioms.TryMatch(tokens, index - 3, 3, out idiom)
            || Idioms.TryMatch(tokens, index - 3, 2, out idiom))
        {
            valence = idiom;
        }

        // Idioms starting at the sentiment word override those, the longer one last.
        if (index + 1 < tokens.Count && Idioms.TryMatch(tokens, index, 2, out idiom))
        {
            valence = idiom;
        }

        if (index + 2 < tokens.Count && Idioms.TryMatch(tokens, index, 3, out idiom))
        {
            valence = idiom;
        }

        // VADER subtracts the dampening step whatever the valence's sign.
        var dampened = Boosters.IsDampeningPair(tokens[index - 3].Text, tokens[index - 2].Text)
            || Boosters.IsDampeningPair(tokens[index - 2].Text, tokens[index - 1].Text);
        return dampened ? valence - Boosters.Step : valence;
    }

    private static bool IsSoOrThis(string word) => word is "so" or "this";
}
