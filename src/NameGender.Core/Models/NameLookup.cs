using System.Diagnostics.CodeAnalysis;
using NameGender.Core.Data;

namespace NameGender.Core.Models;

/// <summary>Counted evidence per normalized name key: the lookup half of the hybrid predictor.</summary>
public sealed class NameLookup
{
    private readonly Dictionary<string, NameEvidence> _entries;

    public NameLookup(IDictionary<string, NameEvidence> entries, YearPeriod? dataYears)
    {
        ArgumentNullException.ThrowIfNull(entries);

        _entries = new Dictionary<string, NameEvidence>(entries, StringComparer.Ordinal);
        DataYears = dataYears;
    }

    /// <summary>The birth years the dated counts cover; null when no record had a year.</summary>
    public YearPeriod? DataYears { get; }

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public bool TryGet(string key, [MaybeNullWhen(false)] out NameEvidence evidence) =>
        _entries.TryGetValue(key, out evidence);

    /// <summary>Entries in ordinal key order, so anything written from them is byte-for-byte stable.</summary>
    public IEnumerable<KeyValuePair<string, NameEvidence>> OrderedEntries() =>
        _entries.OrderBy(e => e.Key, StringComparer.Ordinal);
}
