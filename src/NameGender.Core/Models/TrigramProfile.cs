using System.Globalization;
using NameGender.Core.Names;

namespace NameGender.Core.Models;

/// <summary>
/// Which letter trigrams (with ^ and $ marking the ends) the training names contain, and in how
/// many names each. A key most of whose trigrams no training name has is unlike any name the model
/// learned from ("Xqzvbnt"), so the predictor answers unknown instead of a confident guess.
/// </summary>
public sealed class TrigramProfile
{
    private readonly Dictionary<string, int> _namesPerTrigram;
    private readonly HashSet<char> _alphabet;

    public TrigramProfile(IReadOnlyDictionary<string, int> namesPerTrigram, TrigramRule rule)
    {
        ArgumentNullException.ThrowIfNull(namesPerTrigram);

        _namesPerTrigram = new Dictionary<string, int>(namesPerTrigram, StringComparer.Ordinal);
        _alphabet = [.. _namesPerTrigram.Keys.SelectMany(t => t).Where(c => c is not ('^' or '$'))];
        Rule = rule;
    }

    public TrigramRule Rule { get; }

    /// <summary>Trigrams and the number of distinct training names holding each.</summary>
    public IReadOnlyDictionary<string, int> NamesPerTrigram => _namesPerTrigram;

    /// <summary>Builds the profile of a set of training keys.</summary>
    public static TrigramProfile Build(IEnumerable<string> keys, TrigramRule rule)
    {
        ArgumentNullException.ThrowIfNull(keys);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenInThisName = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            seenInThisName.Clear();
            foreach (var trigram in Trigrams(key))
            {
                if (seenInThisName.Add(trigram))
                {
                    counts[trigram] = counts.GetValueOrDefault(trigram) + 1;
                }
            }
        }

        return new TrigramProfile(counts, rule);
    }

    /// <summary>The first character of <paramref name="key"/> no training name contains, if any.</summary>
    public char? FirstLetterOutsideAlphabet(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        foreach (var c in key)
        {
            if (!_alphabet.Contains(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>How many of the key's trigrams are rare or unseen in training, out of how many.</summary>
    public (int Unseen, int Total) Assess(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var unseen = 0;
        var total = 0;
        foreach (var trigram in Trigrams(key))
        {
            total++;
            if (_namesPerTrigram.GetValueOrDefault(trigram) < Rule.MinNamesPerTrigram)
            {
                unseen++;
            }
        }

        return (unseen, total);
    }

    /// <summary>True when the key is too unlike the training names for the model to be trusted.</summary>
    /// <remarks>
    /// A Hangul or Han character is a syllable or a morpheme, not a letter: a trigram there spans
    /// most of a two- or three-syllable name, so nearly every unseen name would be flagged. For
    /// those scripts the alphabet check (<see cref="FirstLetterOutsideAlphabet"/>: every syllable
    /// seen in training) is the not-a-name test.
    /// </remarks>
    public bool IsUnlikeAnyName(string key, out string reason)
    {
        ArgumentNullException.ThrowIfNull(key);

        if (IsSyllabic(key))
        {
            reason = string.Empty;
            return false;
        }

        var (unseen, total) = Assess(key);
        var share = total == 0 ? 0 : (double)unseen / total;
        var rare = Rule.MinNamesPerTrigram;
        reason = string.Create(
            CultureInfo.InvariantCulture,
            $"unlike any name in the training data: {unseen} of its {total} letter trigrams are in fewer than {rare} training names");
        return share > Rule.MaxUnseenShare;
    }

    private static bool IsSyllabic(string key) =>
        key.Length > 0 && LetterFolding.ScriptOf(key) is "Hangul" or "Han" or "Hiragana" or "Katakana";

    internal static IEnumerable<string> Trigrams(string key)
    {
        var marked = string.Concat("^", key, "$");
        for (var i = 0; i + 3 <= marked.Length; i++)
        {
            yield return marked.Substring(i, 3);
        }
    }
}
