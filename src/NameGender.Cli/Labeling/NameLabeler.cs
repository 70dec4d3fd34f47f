using System.Runtime.CompilerServices;
using NameGender.Core.Data;
using NameGender.Core.Names;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Labels the name cells of a batch of rows: from the cache when the same spelling came up before
/// for the same birth period and country, else by a prediction. The names the cache lacks are gathered, each
/// once, and predicted together on every core (the predictor is thread-safe), since predicting is
/// where the time goes. Calls other than <see cref="PredictPending"/> come from one thread.
/// </summary>
internal sealed class NameLabeler
{
    private readonly GenderPredictor _predictor;
    private readonly PredictionCache _cache;
    private readonly CellDecoder _decoder = new();
    private readonly CsvEncoder _encoder;
    private readonly List<(string Name, YearPeriod? Born, string? Country)> _pending = [];
    private readonly Dictionary<(string Name, YearPeriod? Born, string? Country), int> _pendingIndex = [];
    private RowLabel[] _predicted = [];

    public NameLabeler(GenderPredictor predictor, CsvEncoder encoder, int cacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(encoder);

        _predictor = predictor;
        _encoder = encoder;
        _cache = new PredictionCache(cacheCapacity);
    }


    // Compiled fully optimized from the first call: the labeler's hot path (see LabelPass).
    /// <summary>The cached label of a name, or a place in the predictions still to make.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PendingLabel Find(ReadOnlySpan<byte> cell, YearPeriod? born, string? country = null)
    {
        var name = _decoder.Decode(cell);
        if (_cache.TryGet(name, born, out var cached, country))
        {
            return PendingLabel.Known(cached);
        }

        var key = (name.ToString(), born, country);
        if (!_pendingIndex.TryGetValue(key, out var index))
        {
            index = _pending.Count;
            _pending.Add(key);
            _pendingIndex.Add(key, index);
        }

        return new PendingLabel(null, index);
    }

    /// <summary>Makes the predictions <see cref="Find"/> asked for, and caches them.</summary>
    public void PredictPending()
    {
        if (_predicted.Length < _pending.Count)
        {
            _predicted = new RowLabel[Math.Max(_pending.Count, _predicted.Length * 2)];
        }

        Parallel.For(0, _pending.Count, i =>
        {
            var (name, born, country) = _pending[i];
            _predicted[i] = RowLabel.From(_predictor.Predict(name, born, country), _encoder);
        });

        for (var i = 0; i < _pending.Count; i++)
        {
            var (name, born, country) = _pending[i];

            // Over-long cells are answered without parsing and are never worth a cache entry.
            if (name.Length <= NameNormalizer.MaxInputLength)
            {
                _cache.Add(name, born, _predicted[i], country);
            }
        }

        _pending.Clear();
        _pendingIndex.Clear();
    }

    /// <summary>What a <see cref="Find"/> answer stands for, after <see cref="PredictPending"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RowLabel Resolve(PendingLabel label) => label.Label ?? _predicted[label.Prediction];
}
