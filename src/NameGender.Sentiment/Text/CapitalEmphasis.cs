namespace NameGender.Sentiment.Text;

/// <summary>
/// VADER's capitals rule: a word in capitals stresses its sentiment, but only when the text mixes
/// case; a text written entirely in capitals stresses nothing.
/// </summary>
internal static class CapitalEmphasis
{
    /// <summary>How much a shouted sentiment word or booster adds to the valence's size.</summary>
    public const double Increment = 0.733;

    /// <summary>
    /// True when some but not all tokens are in capitals, which is when capitals count as emphasis.
    /// </summary>
    public static bool HasDifferential(IReadOnlyList<Token> tokens)
    {
        var shouted = 0;
        foreach (var token in tokens)
        {
            if (IsShouted(token.Text))
            {
                shouted++;
            }
        }

        return shouted > 0 && shouted < tokens.Count;
    }

    /// <summary>
    /// True for a token with at least one capital A-Z and no small a-z: "GREAT", ":)WOW", "A+" but
    /// not ":)" or "Great". Only ASCII letters count, as in the reference.
    /// </summary>
    public static bool IsShouted(string token)
    {
        var hasCapital = false;
        foreach (var c in token)
        {
            if (c is >= 'a' and <= 'z')
            {
                return false;
            }

            hasCapital |= c is >= 'A' and <= 'Z';
        }

        return hasCapital;
    }
}
