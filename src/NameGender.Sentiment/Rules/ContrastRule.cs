using NameGender.Sentiment.Text;

namespace NameGender.Sentiment.Rules;

/// <summary>
/// VADER's contrast rule: "but" shifts the emphasis to what follows it, halving the valences before
/// it and multiplying those after it by 1.5.
/// </summary>
internal static class ContrastRule
{
    private const double Before = 0.5;
    private const double After = 1.5;

    /// <remarks>
    /// Only the first "but" counts, and only written "but" or "BUT": the reference port matches those
    /// two spellings, so a sentence-initial "But" shifts nothing. Kept for agreement with it.
    /// </remarks>
    public static void Apply(IReadOnlyList<Token> tokens, Span<double> valences)
    {
        var pivot = IndexOf(tokens, "but");
        if (pivot < 0)
        {
            pivot = IndexOf(tokens, "BUT");
        }

        if (pivot < 0)
        {
            return;
        }

        for (var i = 0; i < pivot; i++)
        {
            valences[i] *= Before;
        }

        for (var i = pivot + 1; i < valences.Length; i++)
        {
            valences[i] *= After;
        }
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, string spelling)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text == spelling)
            {
                return i;
            }
        }

        return -1;
    }
}
