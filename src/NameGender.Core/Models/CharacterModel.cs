using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace NameGender.Core.Models;

/// <summary>
/// The learned half of the predictor: an ML.NET pipeline that featurizes a name key into hashed
/// character n-grams plus its spelling neighbours' counts, and averages a logistic regression and
/// gradient-boosted trees into P(female). Safe for concurrent use.
/// </summary>
public sealed class CharacterModel
{
    private readonly MLContext _context;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly SpellingNeighbours _neighbours;
    private readonly ConcurrentBag<PredictionEngine<CharacterModelInput, CharacterModelOutput>> _engines = [];

    internal CharacterModel(
        MLContext context, ITransformer transformer, DataViewSchema inputSchema, SpellingNeighbours neighbours)
    {
        _context = context;
        _transformer = transformer;
        _inputSchema = inputSchema;
        _neighbours = neighbours;
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
            return engine.Predict(Input(key)).FemaleProbability;
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

        var input = _context.Data.LoadFromEnumerable(keys.Select(Input));
        var scored = _transformer.Transform(input);
        return [.. scored.GetColumn<float>(CharacterModelOutput.Column).Select(p => (double)p)];
    }

    /// <summary>Writes the ML.NET model; the same fit always gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        using var saved = new MemoryStream();
        _context.Model.Save(_transformer, _inputSchema, saved);
        saved.Position = 0;
        StableZip.Copy(saved, stream);
    }

    /// <summary>Loads the ML.NET part; <paramref name="neighbours"/> is rebuilt from the model's lookup.</summary>
    public static CharacterModel Load(Stream stream, SpellingNeighbours neighbours)
    {
        var context = new MLContext(seed: 0);

        // The boosted trees live in another assembly, which a fresh process must register to load them.
        context.ComponentCatalog.RegisterAssembly(typeof(LightGbmBinaryModelParameters).Assembly);
        var transformer = context.Model.Load(stream, out var schema);
        return new CharacterModel(context, transformer, schema, neighbours);
    }

    private CharacterModelInput Input(string key) =>
        new() { Key = key, Neighbours = _neighbours.Find(key).Features() };
}
