using System.Text.Json.Serialization;
using NameGender.Core.Evaluation;

namespace NameGender.Reports;

/// <summary>
/// One model evaluated on one labelled file: what evaluate --json prints and the HTML report
/// draws. The report's parts are exposed as flat fields so the JSON keeps its summary at the top.
/// </summary>
public sealed record ModelEvaluation
{
    public ModelEvaluation(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        Report = report;
    }

    /// <summary>The model as the user named it: a file path, or NAME@VERSION in a store.</summary>
    public required string Model { get; init; }

    public required string ModelId { get; init; }

    /// <summary>The labelled file.</summary>
    public required string Input { get; init; }

    /// <summary>How the file gave its truth (see LabelledFileReader).</summary>
    public required string Shape { get; init; }

    /// <summary>Rows left out because their truth was neither female nor male.</summary>
    public required long SkippedUnknownTruth { get; init; }

    /// <summary>The grouping column, if any.</summary>
    public string? Group { get; init; }

    public EvaluationSummary Summary => Report.Summary;

    public BenchmarkFigures Benchmark => Report.Benchmark;

    public IReadOnlyList<BenchmarkFigures> ThresholdCurve => Report.ThresholdCurve;

    public ReliabilityDiagram Reliability => Report.Reliability;

    public IReadOnlyList<SliceFigures> ByEvidence => Report.ByEvidence;

    public IReadOnlyList<SliceFigures> ByFileFrequency => Report.ByFileFrequency;

    public IReadOnlyList<SliceFigures>? ByGroup => Report.ByGroup;

    public IReadOnlyList<ErrorCase> WorstErrors => Report.WorstErrors;

    [JsonIgnore]
    public EvaluationReport Report { get; }
}
