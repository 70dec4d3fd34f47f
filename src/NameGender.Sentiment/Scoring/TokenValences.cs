using NameGender.Sentiment.Lexicon;
using NameGender.Sentiment.Rules;
using NameGender.Sentiment.Text;

namespace NameGender.Sentiment.Scoring;

/// <summary>The valence of every token after VADER's rules; zero for tokens without sentiment.</summary>
internal static class TokenValences
{
    public static double[] Compute(Token[] tokens, ValenceLexicon lexicon)
    {
        var capitalsCount = CapitalEmphasis.HasDifferential(tokens);
        var valences = new double[tokens.Length];

        for (var i = 0; i < tokens.Length; i++)
        {
            // Modifiers carry no sentiment of their own: "kind" alone is praise, "kind of" a hedge.
            if (Boosters.IsBooster(tokens[i].Lower) || IsKindOf(tokens, i))
            {
                continue;
            }

            valences[i] = ValenceOf(tokens, i, capitalsCount, lexicon);
        }

        ContrastRule.Apply(tokens, valences);
        return valences;
    }

    private static double ValenceOf(Token[] tokens, int index, bool capitalsCount, ValenceLexicon lexicon)
    {
        if (!lexicon.TryGetValence(tokens[index].Lower, out var valence))
        {
            return 0;
        }

        if (capitalsCount && CapitalEmphasis.IsShouted(tokens[index].Text))
        {
            valence += valence > 0 ? CapitalEmphasis.Increment : -CapitalEmphasis.Increment;
        }

        for (var distance = 1; distance <= LookBack.Reach && distance <= index; distance++)
        {
            // An earlier sentiment word counts on its own; it neither modifies nor negates this one.
            if (!lexicon.Contains(tokens[index - distance].Lower))
            {
                valence = LookBack.Apply(valence, tokens, index, distance, capitalsCount);
            }
        }

        return LookBack.ApplyLeast(valence, tokens, index);
    }

    private static bool IsKindOf(Token[] tokens, int index) =>
        tokens[index].Lower == "kind" && index + 1 < tokens.Length && tokens[index + 1].Lower == "of";
}
