namespace NameGender.Core.Models;

/// <summary>
/// The training names one edit away from a key (one letter inserted, deleted or replaced), found
/// through shared single-deletion variants: "jon" and "john" share "jon", "aiden" and "aidan" share
/// "aidn". Their summed counts tell the character model what the closest spellings are, which
/// n-grams alone see only in pieces. The key itself never counts as its own neighbour, so training
/// (where every name is in the index) sees what prediction for an unseen name sees.
/// </summary>
public sealed class SpellingNeighbours
{
    private readonly string[] _names;
    private readonly double[] _female;
    private readonly double[] _male;
    private readonly Dictionary<string, int[]> _byVariant;
    private readonly Dictionary<string, int[]> _bySound;

    private SpellingNeighbours(
        string[] names, double[] female, double[] male, Dictionary<string, int[]> byVariant, Dictionary<string, int[]> bySound)
    {
        _names = names;
        _female = female;
        _male = male;
        _byVariant = byVariant;
        _bySound = bySound;
    }

    /// <summary>
    /// Indexes the lookup's names, each with its total evidence split by its pooled female share,
    /// as the trainer indexed them.
    /// </summary>
    public static SpellingNeighbours FromLookup(NameLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);

        return Build(lookup.OrderedEntries().Select(e =>
        {
            var share = PooledShare.Of(e.Value);
            return (e.Key, share * e.Value.Total, (1 - share) * e.Value.Total);
        }));
    }

    /// <summary>Indexes names with their female and male counts.</summary>
    public static SpellingNeighbours Build(IEnumerable<(string Key, double Female, double Male)> names)
    {
        ArgumentNullException.ThrowIfNull(names);

        var list = names.ToList();
        var byVariant = new Dictionary<string, List<int>>(list.Count * 8, StringComparer.Ordinal);
        var bySound = new Dictionary<string, List<int>>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var variant in Variants(list[i].Key))
            {
                AddTo(byVariant, variant, i);
            }

            AddTo(bySound, SoundKey.Of(list[i].Key), i);
        }

        return new SpellingNeighbours(
            [.. list.Select(n => n.Key)],
            [.. list.Select(n => n.Female)],
            [.. list.Select(n => n.Male)],
            Freeze(byVariant),
            Freeze(bySound));
    }

    private static void AddTo(Dictionary<string, List<int>> index, string key, int id)
    {
        if (!index.TryGetValue(key, out var ids))
        {
            ids = [];
            index[key] = ids;
        }

        ids.Add(id);
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index) =>
        index.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Summed counts of the names one edit from <paramref name="key"/>, itself excluded, apart for
    /// neighbours ending in the same letter and in another: an edit of the last letter (Simon,
    /// Simone) often changes the sex a name is given to, an edit inside it (Jon, John) rarely does.
    /// </summary>
    public NeighbourCounts Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var seen = new HashSet<int>();
        var sameEnding = new NeighbourGroup();
        var otherEnding = new NeighbourGroup();
        foreach (var variant in Variants(key))
        {
            if (!_byVariant.TryGetValue(variant, out var ids))
            {
                continue;
            }

            foreach (var id in ids)
            {
                var name = _names[id];
                if (!seen.Add(id) || string.Equals(name, key, StringComparison.Ordinal))
                {
                    continue;
                }

                var group = name.Length > 0 && key.Length > 0 && name[^1] == key[^1] ? sameEnding : otherEnding;
                group.Add(_female[id], _male[id]);
            }
        }

        return new NeighbourCounts(sameEnding, otherEnding, SoundAlikes(key));
    }

    // The other names that share the key's sound key (see SoundKey), whatever their edit distance.
    private NeighbourGroup SoundAlikes(string key)
    {
        var soundAlikes = new NeighbourGroup();
        if (!_bySound.TryGetValue(SoundKey.Of(key), out var ids))
        {
            return soundAlikes;
        }

        foreach (var id in ids)
        {
            if (!string.Equals(_names[id], key, StringComparison.Ordinal))
            {
                soundAlikes.Add(_female[id], _male[id]);
            }
        }

        return soundAlikes;
    }

    // The key and every string one deletion shorter: two keys one edit apart share at least one.
    private static IEnumerable<string> Variants(string key)
    {
        yield return key;
        if (key.Length < 3)
        {
            yield break;
        }

        string? previous = null;
        for (var i = 0; i < key.Length; i++)
        {
            var variant = string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
            if (!string.Equals(variant, previous, StringComparison.Ordinal))
            {
                yield return variant;
            }

            previous = variant;
        }
    }
}
