using System.Collections.Frozen;
using NameGender.Sentiment.Text;

namespace NameGender.Sentiment.Rules;

/// <summary>
/// VADER's degree adverbs: boosters ("very", "extremely") push a following sentiment word's valence
/// away from zero and dampeners ("slightly", "kind of") pull it towards zero. The word lists are
/// VADER's published data (see Data/README.md for its licences).
/// </summary>
internal static class Boosters
{
    /// <summary>VADER's empirically derived mean change in rated intensity for one booster word.</summary>
    public const double Step = 0.293;

    private static readonly FrozenSet<string> Increasing = FrozenSet.Create(
        StringComparer.Ordinal,
        "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply",
        "effing", "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously",
        "flipping", "flippin", "fricking", "frickin", "frigging", "friggin", "fully", "fucking",
        "greatly", "hella", "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most",
        "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly",
        "totally", "tremendously", "uber", "unbelievably", "unusually", "utterly", "very");

    private static readonly FrozenSet<string> Decreasing = FrozenSet.Create(
        StringComparer.Ordinal,
        "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginally",
        "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "sortof", "sort-of");

    // Two-word dampeners. Tokens never hold a space, so these act only through the look-back over
    // word pairs, matched as written (case-sensitive), as in the reference.
    private static readonly (string First, string Second)[] DecreasingPairs =
        [("just", "enough"), ("kind", "of"), ("sort", "of")];

    public static bool IsBooster(string lowerToken) =>
        Increasing.Contains(lowerToken) || Decreasing.Contains(lowerToken);

    public static bool IsDampeningPair(string first, string second)
    {
        foreach (var pair in DecreasingPairs)
        {
            if (pair.First == first && pair.Second == second)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The signed change a modifier word makes to the valence of a sentiment word after it: zero
    /// for a word that is no modifier; towards the valence's sign for a booster, against it for a
    /// dampener; a modifier in capitals (in a mixed-case text) adds the capitals increment.
    /// </summary>
    public static double Scalar(string word, string lowerWord, double valence, bool capitalsCount)
    {
        double scalar;
        if (Increasing.Contains(lowerWord))
        {
            scalar = Step;
        }
        else if (Decreasing.Contains(lowerWord))
        {
            scalar = -Step;
        }
        else
        {
            return 0;
        }

        if (valence < 0)
        {
            scalar = -scalar;
        }

        if (capitalsCount && CapitalEmphasis.IsShouted(word))
        {
            scalar += valence > 0 ? CapitalEmphasis.Increment : -CapitalEmphasis.Increment;
        }

        return scalar;
    }
}
