using System.Collections.Concurrent;
using NameGender.Core.Predictions;

namespace NameGender.Server.Predictions;

/// <summary>
/// Predictions already made for one model, shared by all requests. Bounded: once more than
/// capacity entries were added it is emptied and refills with the names still asked for, which
/// keeps memory flat without the bookkeeping of an LRU on the hot path.
/// </summary>
internal sealed class PredictionCache
{
    private readonly ConcurrentDictionary<PredictionKey, Prediction> _entries = new();
    private readonly int _capacity;
    private int _added;

    public PredictionCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);

        _capacity = capacity;
    }

    public bool TryGet(PredictionKey key, out Prediction prediction)
    {
        if (_capacity > 0 && _entries.TryGetValue(key, out var found))
        {
            prediction = found;
            return true;
        }

        prediction = null!;
        return false;
    }

    public void Add(PredictionKey key, Prediction prediction)
    {
        if (_capacity == 0 || !_entries.TryAdd(key, prediction))
        {
            return;
        }

        // ConcurrentDictionary.Count takes every lock, so the adds are counted here instead. Two
        // threads may both clear; the bound is approximate by a handful of entries, never more.
        if (Interlocked.Increment(ref _added) > _capacity)
        {
            _entries.Clear();
            Volatile.Write(ref _added, 0);
        }
    }
}
