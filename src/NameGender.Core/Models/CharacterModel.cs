using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace NameGender.Core.Models;

/// <summary>
/// The learned half of the predictor: an ML.NET pipeline that featurizes a name key into character
/// n-grams and scores P(female) with a calibrated linear model. Safe for concurrent use.
/// </summary>
public sealed class CharacterModel
{
    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly ConcurrentBag<PredictionEngine<CharacterModelInput, CharacterModelOutput>> _engines = [];

    internal CharacterModel(MLContext context, ITransformer transformer, DataViewSchema inputSchema)
    {
        _context = context;
        _transformer = transformer;
        _inputSchema = inputSchema;
    }

    /// <summary>P(female) for one normalized key.</summary>
    public double PredictFemale(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // ML.NET prediction engines are not thread-safe; a small pool lets callers run in parallel
        // without building an engine (milliseconds) per call.
        if (!_engines.TryTake(out var engine))
        {
            engine = _context.Model.CreatePredictionEngine<CharacterModelInput, CharacterModelOutput>(_transformer);
        }

        try
        {
            return engine.Predict(new CharacterModelInput { Key = key }).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>Scores many keys in one pass through the pipeline (training and evaluation).</summary>
    public IReadOnlyList<double> PredictFemale(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);

        var input = _context.Data.LoadFromEnumerable(keys.Select(k => new CharacterModelInput { Key = k }));
        var scored = _transformer.Transform(input);
        return [.. scored.GetColumn<float>(nameof(CharacterModelOutput.Probability)).Select(p => (double)p)];
    }

    public void Save(Stream stream) => _context.Model.Save(_transformer, _inputSchema, stream);

    public static CharacterModel Load(Stream stream)
    {
        var context = new MLContext(seed: 0);
        var transformer = context.Model.Load(stream, out var schema);
        return new CharacterModel(context, transformer, schema);
    }
}
