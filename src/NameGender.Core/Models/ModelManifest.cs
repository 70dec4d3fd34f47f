using System.Text.Json.Serialization;
using NameGender.Core.Data;

namespace NameGender.Core.Models;

/// <summary>What a model file says about itself; written as manifest.json inside the file.</summary>
public sealed record ModelManifest
{
    /// <summary>The model file layout this build writes and reads.</summary>
    public const int CurrentFormatVersion = 3;

    public const string Disclaimer =
        "Predicts the sex recorded in birth registrations for people with a given first name: a " +
        "statistical guess about a group, not anyone's gender identity.";

    public required int FormatVersion { get; init; }

    /// <summary>A short content hash of the model's payload: equal ids, equal predictions.</summary>
    public required string ModelId { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>SHA-256 over the aggregated counts the model learned from, whatever their file format.</summary>
    public required string DataFingerprint { get; init; }

    public int? DataFirstYear { get; init; }

    public int? DataLastYear { get; init; }

    public required IReadOnlyList<ModelSource> Sources { get; init; }

    /// <summary>The countries with evidence in the lookup (ISO alpha-2), in ordinal order.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    public required int Names { get; init; }

    /// <summary>The births (or residents) counted; label rows are not births and stay out of it.</summary>
    public required long Births { get; init; }

    public required TrainingSettings Training { get; init; }

    public required PredictorDefaults Predictor { get; init; }

    public required ModelMetrics Metrics { get; init; }

    /// <summary>SHA-256 of every other entry of the model file, checked on load.</summary>
    public required IReadOnlyDictionary<string, string> Checksums { get; init; }

    public string Notes { get; init; } = Disclaimer;

    /// <summary>
    /// How the threshold in <see cref="Predictor"/> was tuned on labelled names; absent (not written)
    /// for a model whose threshold is the trainer's.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ThresholdTuning? Tuning { get; init; }

    public YearPeriod? DataYears =>
        DataFirstYear is int first && DataLastYear is int last ? new YearPeriod(first, last) : null;
}
