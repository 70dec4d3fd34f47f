using NameGender.Core.Data;
using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Server.Observability;
using NameGender.Server.Predictions;

namespace NameGender.Server.Models;

/// <summary>
/// One loaded model with its predictor and its own prediction cache. A request takes the current
/// one once and uses it to the end, so a model swap never mixes two models in one answer.
/// </summary>
internal sealed class ServedModel
{
    private readonly PredictionCache _cache;
    private readonly ServerMetrics _metrics;

    public ServedModel(
        GenderPredictor predictor,
        ServedStoreVersion? storeVersion,
        DateTimeOffset loadedAt,
        int cacheSize,
        ServerMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(predictor);
        ArgumentNullException.ThrowIfNull(metrics);

        Predictor = predictor;
        StoreVersion = storeVersion;
        Version = storeVersion?.Version.Version ?? predictor.Model.Manifest.ModelId;
        LoadedAt = loadedAt;
        _cache = new PredictionCache(cacheSize);
        _metrics = metrics;
    }

    public GenderPredictor Predictor { get; }

    public ModelManifest Manifest => Predictor.Model.Manifest;

    /// <summary>The stored version the model was loaded from; null when it came from a file.</summary>
    public ServedStoreVersion? StoreVersion { get; }

    /// <summary>
    /// What answers report as model_version: the store's version id when served from a store,
    /// else the model id, the file's content hash.
    /// </summary>
    public string Version { get; }

    public DateTimeOffset LoadedAt { get; }

    public Prediction Predict(string name, YearPeriod? born = null, string? country = null)
    {
        var key = new PredictionKey(name, born, country);
        if (!_cache.TryGet(key, out var prediction))
        {
            prediction = Predictor.Predict(name, born, country);
            _cache.Add(key, prediction);
        }

        _metrics.CountPrediction(prediction);
        return prediction;
    }

    public Prediction[] PredictAll(IReadOnlyList<NameInput> names)
    {
        ArgumentNullException.ThrowIfNull(names);

        var predictions = new Prediction[names.Count];
        for (var i = 0; i < predictions.Length; i++)
        {
            predictions[i] = Predict(names[i].Name, names[i].Born, names[i].Country);
        }

        return predictions;
    }
}
