using BenchmarkDotNet.Attributes;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Labeling;
using NameGender.Core.Names;
using NameGender.Core.Predictions;

namespace NameGender.Bench;

/// <summary>
/// The per-name costs behind the labeler's throughput: the normalizer, a lookup hit, a name only
/// the character model can answer, and the labeler's cache hit. The model comes from
/// NAMEGENDER_MODEL, which the benchmark processes inherit.
/// </summary>
[MemoryDiagnoser]
public class NameBenchmarks
{
    private static readonly byte[] EmilyUtf8 = "Emily"u8.ToArray();

    private GenderPredictor _predictor = null!;
    private NameLabeler _labeler = null!;

    [GlobalSetup]
    public void Setup()
    {
        _predictor = new GenderPredictor(ModelLocator.Load(null));
        _labeler = new NameLabeler(_predictor, new CsvEncoder(','), LabelOptions.DefaultCacheCapacity);
        _labeler.Find(EmilyUtf8, null);
        _labeler.PredictPending();
    }

    [Benchmark]
    public NormalizedName Normalize() => NameNormalizer.Normalize("Emily");

    [Benchmark]
    public Prediction PredictSeen() => _predictor.Predict("Emily");

    [Benchmark]
    public Prediction PredictUnseen() => _predictor.Predict("Emmilly");

    [Benchmark]
    public Gender LabelCached() => _labeler.Resolve(_labeler.Find(EmilyUtf8, null)).Gender;
}
