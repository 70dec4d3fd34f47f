using NameGender.Core.Data;
using NameGender.Core.Names;
using NameGender.Core.Predictions;

namespace NameGender.Cli.Labeling;

/// <summary>
/// Labels one name cell: from the cache when the same spelling came up before for the same birth
/// period, else from the predictor. Not thread-safe: one per labelling run.
/// </summary>
internal sealed class NameLabeler
{
    private readonly GenderPredictor _predictor;
    private readonly PredictionCache _cache;
    private readonly CellDecoder _decoder = new();

    public NameLabeler(GenderPredictor predictor, int cacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(predictor);

        _predictor = predictor;
        _cache = new PredictionCache(cacheCapacity);
    }

    /// <summary>Whether the last cell labelled was not valid UTF-8.</summary>
    public bool LastWasInvalidUtf8 => _decoder.LastWasInvalid;

    public RowLabel Label(ReadOnlySpan<byte> cell, YearPeriod? born)
    {
        var name = _decoder.Decode(cell);
        if (_cache.TryGet(name, born, out var cached))
        {
            return cached;
        }

        var input = name.ToString();
        var label = RowLabel.From(_predictor.Predict(input, born));

        // Over-long cells are answered without parsing and are never worth a cache entry.
        if (input.Length <= NameNormalizer.MaxInputLength)
        {
            _cache.Add(input, born, label);
        }

        return label;
    }
}
