using System.Runtime.CompilerServices;
using NameGender.Core.Data;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Labels already worked out, keyed by the raw name exactly as the file spells it and the birth
/// period and country asked for, so a repeated name costs one dictionary lookup and no allocation. Bounded:
/// when full it is emptied and refills with the names that still come up (see
/// <see cref="LabelOptions.DefaultCacheCapacity"/> for why a bound is needed). Not thread-safe.
/// </summary>
internal sealed class PredictionCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, RowLabel> _undated = new(StringComparer.Ordinal);
    private readonly Dictionary<(YearPeriod? Born, string? Country), Dictionary<string, RowLabel>> _byContext = [];

    public PredictionCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);

        _capacity = capacity;
    }

    /// <summary>Entries held now.</summary>
    public int Count { get; private set; }

    // Compiled fully optimized from the first call: the labeler's hot path (see LabelPass).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> name, YearPeriod? born, out RowLabel label, string? country = null)
    {
        label = default;
        var entries = born is null && country is null ? _undated : _byContext.GetValueOrDefault((born, country));
        return entries is not null
            && entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out label);
    }

    public void Add(string name, YearPeriod? born, RowLabel label, string? country = null)
    {
        ArgumentNullException.ThrowIfNull(name);

        if (Count >= _capacity)
        {
            Clear();
        }

        var entries = _undated;
        if ((born is not null || country is not null) && !_byContext.TryGetValue((born, country), out entries))
        {
            entries = new Dictionary<string, RowLabel>(StringComparer.Ordinal);
            _byContext.Add((born, country), entries);
        }

        if (entries.TryAdd(name, label))
        {
            Count++;
        }
    }

    private void Clear()
    {
        // Clear keeps the buckets' memory, which the refill needs again; only the periods and
        // countries go.
        _undated.Clear();
        _byContext.Clear();
        Count = 0;
    }
}
