using System.Globalization;

namespace NameGender.Core.Evaluation;

/// <summary>
/// Chooses the unknown threshold on labelled names: the threshold of <see cref="ThresholdCurve.Grid"/>
/// that minimises the objective among those within the caps, the lowest on ties (it answers more).
/// Cross-validation by <see cref="NameFolds"/> measures how well that choice carries over to names
/// it was not made on.
/// </summary>
public static class ThresholdTuner
{
    public static bool TryTune(
        IReadOnlyList<EvaluatedName> names,
        TuningOptions options,
        out TuningResult? result,
        out string? error)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(options);

        result = null;
        error = options.Validate();
        if (error is not null)
        {
            return false;
        }

        if (!TryChoose(names, options, out var threshold, out error))
        {
            return false;
        }

        var foldOf = names
            .Select(n => NameFolds.FoldOf(n.Prediction.Normalized ?? n.Truth.Name, options.Folds))
            .ToArray();
        var folds = new List<TuningFold>(options.Folds);
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var heldOut = InFold(names, foldOf, fold, held: true);
            var training = InFold(names, foldOf, fold, held: false);
            if (heldOut.Count == 0 || training.Count == 0)
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"fold {fold + 1} of {options.Folds} holds {heldOut.Count} names: "
                    + $"too few names for {options.Folds} folds");
                return false;
            }

            if (!TryChoose(training, options, out var chosen, out var foldError))
            {
                error = string.Create(
                    CultureInfo.InvariantCulture, $"fold {fold + 1} of {options.Folds}: {foldError}");
                return false;
            }

            folds.Add(new TuningFold(
                fold, chosen, BenchmarkFigures.At(training, chosen), BenchmarkFigures.At(heldOut, chosen)));
        }

        var meanThreshold = folds.Average(f => f.Threshold);
        var pooledTrain = BenchmarkFigures.Tally(
            folds.SelectMany(f => InFold(names, foldOf, f.Fold, held: false).Select(n => (n, f.Threshold))),
            meanThreshold);
        var pooledHeldOut = BenchmarkFigures.Tally(
            folds.SelectMany(f => InFold(names, foldOf, f.Fold, held: true).Select(n => (n, f.Threshold))),
            meanThreshold);
        var all = BenchmarkFigures.At(names, threshold);
        result = new TuningResult(threshold, all, folds, pooledTrain, pooledHeldOut);
        return true;
    }

    private static List<EvaluatedName> InFold(
        IReadOnlyList<EvaluatedName> names, int[] foldOf, int fold, bool held) =>
        [.. names.Where((_, i) => (foldOf[i] == fold) == held)];

    private static bool TryChoose(
        IReadOnlyList<EvaluatedName> names, TuningOptions options, out double threshold, out string? error)
    {
        var curve = ThresholdCurve.Compute(names);
        var admitted = curve.Where(options.Admits).ToList();
        if (admitted.Count == 0)
        {
            var best = curve.MinBy(f => f.ErrorCodedWithoutNa)!;
            var (lowest, at, na) = (best.ErrorCodedWithoutNa, best.Threshold, best.NaCoded);
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"no threshold within 0.50-0.99 meets the caps; the lowest errorCodedWithoutNA is "
                + $"{lowest:0.0000} (at {at:0.00}, naCoded {na:0.0000})");
            threshold = double.NaN;
            return false;
        }

        // MinBy keeps the first of equal scores, and the grid ascends: ties go to the lowest threshold.
        threshold = admitted.MinBy(options.Score)!.Threshold;
        error = null;
        return true;
    }
}
