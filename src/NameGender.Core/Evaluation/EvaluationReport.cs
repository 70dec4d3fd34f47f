namespace NameGender.Core.Evaluation;

/// <summary>
/// Everything evaluate reports about one model on one labelled file: the summary figures, the
/// benchmark figures at the threshold and over the threshold grid, calibration, the slices and the
/// worst errors. The HTML report draws these; evaluate --json prints them.
/// </summary>
public sealed record EvaluationReport
{
    public const int DefaultWorstErrors = 25;

    public required EvaluationSummary Summary { get; init; }

    /// <summary>The benchmark figures at the threshold in force.</summary>
    public required BenchmarkFigures Benchmark { get; init; }

    /// <summary>The benchmark figures at 0.50, 0.51, … 0.99.</summary>
    public required IReadOnlyList<BenchmarkFigures> ThresholdCurve { get; init; }

    public required ReliabilityDiagram Reliability { get; init; }

    /// <summary>frequent, rare and unseen names (by the model's lookup evidence).</summary>
    public required IReadOnlyList<SliceFigures> ByEvidence { get; init; }

    /// <summary>Bands of births per name in the labelled file.</summary>
    public required IReadOnlyList<SliceFigures> ByFileFrequency { get; init; }

    /// <summary>One slice per value of the grouping column; null without one.</summary>
    public IReadOnlyList<SliceFigures>? ByGroup { get; init; }

    public required IReadOnlyList<ErrorCase> WorstErrors { get; init; }

    public static EvaluationReport Create(
        IReadOnlyList<EvaluatedName> names,
        double threshold,
        bool grouped,
        int worstErrors = DefaultWorstErrors)
    {
        ArgumentNullException.ThrowIfNull(names);

        return new EvaluationReport
        {
            Summary = Evaluator.Summarize(names.AsPairs(), threshold),
            Benchmark = BenchmarkFigures.At(names, threshold),
            ThresholdCurve = Evaluation.ThresholdCurve.Compute(names),
            Reliability = ReliabilityDiagram.Compute(names),
            ByEvidence = EvaluationSlices.ByEvidence(names, threshold),
            ByFileFrequency = EvaluationSlices.ByFileFrequency(names, threshold),
            ByGroup = grouped ? EvaluationSlices.ByGroup(names, threshold) : null,
            WorstErrors = ErrorCase.Worst(names, threshold, worstErrors),
        };
    }
}
