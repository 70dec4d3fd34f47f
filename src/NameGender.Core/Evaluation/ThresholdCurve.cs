namespace NameGender.Core.Evaluation;

/// <summary>The benchmark figures at every threshold of a grid: how coverage trades against error.</summary>
public static class ThresholdCurve
{
    /// <summary>
    /// 0.50, 0.51, … 0.99. Above 0.99 almost nothing is answered, and no lookup probability reaches
    /// 1 (the prior keeps it inside), so the grid stops there.
    /// </summary>
    public static IReadOnlyList<double> Grid { get; } = [.. Enumerable.Range(50, 50).Select(i => i / 100.0)];

    public static IReadOnlyList<BenchmarkFigures> Compute(
        IReadOnlyList<EvaluatedName> names, IReadOnlyList<double>? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(names);

        return [.. (thresholds ?? Grid).Select(t => BenchmarkFigures.At(names, t))];
    }
}
