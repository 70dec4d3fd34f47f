namespace NameGender.Core.Evaluation;

/// <summary>
/// Accuracy and coverage of one slice of the evaluated names (an evidence bucket, a group).
/// </summary>
/// <param name="Slice">The slice's label, e.g. frequent (≥ 1,000 births) or a group value.</param>
/// <param name="Names">Names in the slice.</param>
/// <param name="Births">Births (or rows) behind them in the labelled file.</param>
/// <param name="Accuracy">
/// Share whose majority sex p_female ≥ 0.5 gets right, whatever the threshold.
/// </param>
/// <param name="Coverage">Share answered at the threshold.</param>
/// <param name="AnsweredAccuracy">Share of the answered that are right.</param>
/// <param name="Benchmark">The four benchmark figures of the slice at the threshold.</param>
public sealed record SliceFigures(
    string Slice,
    int Names,
    double Births,
    double Accuracy,
    double Coverage,
    double AnsweredAccuracy,
    BenchmarkFigures Benchmark)
{
    public static SliceFigures Of(string slice, IReadOnlyList<EvaluatedName> names, double threshold)
    {
        ArgumentNullException.ThrowIfNull(names);

        var benchmark = BenchmarkFigures.At(names, threshold);
        var right = names.Count(n => n.Prediction.PFemale is double p && (p >= 0.5) == n.Truth.IsFemale);
        return new SliceFigures(
            slice,
            names.Count,
            names.Sum(n => n.Truth.Total),
            names.Count == 0 ? 0 : (double)right / names.Count,
            benchmark.Coverage,
            benchmark.AnsweredAccuracy,
            benchmark);
    }
}
