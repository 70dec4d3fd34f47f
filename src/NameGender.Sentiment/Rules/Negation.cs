using System.Collections.Frozen;

namespace NameGender.Sentiment.Rules;

/// <summary>
/// VADER's negation: a negating word within the three words before a sentiment word flips and
/// shrinks its valence by <see cref="Scalar"/> ("not good" is mildly bad, "not bad" mildly good).
/// </summary>
internal static class Negation
{
    /// <summary>VADER's empirically derived factor for a negated valence.</summary>
    public const double Scalar = -0.74;

    // VADER's negating words. The match is case-sensitive, as in the reference port: a sentence-
    // initial "Not" or "Never" does not negate there (the Python original lower-cases first).
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.Ordinal,
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't",
        "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent",
        "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
        "mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing",
        "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't",
        "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't",
        "rarely", "seldom", "despite");

    /// <summary>True for a negating word or any token containing "n't" ("shouldn't've").</summary>
    public static bool IsNegating(string token) =>
        Words.Contains(token) || token.Contains("n't", StringComparison.Ordinal);
}
