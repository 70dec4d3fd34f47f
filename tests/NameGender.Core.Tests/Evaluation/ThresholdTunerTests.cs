using NameGender.Core.Evaluation;
using static NameGender.Core.Tests.Evaluation.EvaluatedNameSets;

namespace NameGender.Core.Tests.Evaluation;

public sealed class ThresholdTunerTests
{
    // Confident answers are right, hesitant ones are right two times in three: below a confidence
    // of 0.8 the error among answers rises.
    private static readonly IReadOnlyList<EvaluatedName> Names =
    [
        .. Enumerable.Range(0, 300).Select(i => Female($"sure{i}", 0.85 + (i % 10 / 100.0))),
        .. Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? Male($"shaky{i}", 0.6 + (i % 10 / 100.0)) : Female($"shaky{i}", 0.6 + (i % 10 / 100.0))),
    ];

    [Fact]
    public void TryTune_ErrorCodedWithACapOnErrorWithoutNa_PicksTheLowestThresholdWithinTheCap()
    {
        var options = new TuningOptions { Objective = TuningObjective.ErrorCoded, MaxErrorCodedWithoutNa = 0.03 };

        Assert.True(ThresholdTuner.TryTune(Names, options, out var result, out var error), error);

        Assert.Equal(0.7, result!.Threshold, precision: 12);
        Assert.True(result.All.ErrorCodedWithoutNa <= 0.03);
        Assert.True(BenchmarkFigures.At(Names, 0.69).ErrorCodedWithoutNa > 0.03);
        Assert.Equal(5, result.Folds.Count);
        Assert.Equal(Names.Count, result.HeldOut.Names);
        Assert.Equal(Names.Count * 4, result.Train.Names);
    }

    [Fact]
    public void TryTune_ErrorCodedAlone_PicksTheLowestThreshold()
    {
        Assert.True(ThresholdTuner.TryTune(Names, new TuningOptions(), out var result, out _));

        Assert.Equal(0.5, result!.Threshold);
    }

    [Fact]
    public void TryTune_UnreachableCap_SaysWhatTheBestWas()
    {
        var options = new TuningOptions { Objective = TuningObjective.NaCoded, MaxErrorCodedWithoutNa = 0.0, MaxNaCoded = 0.1 };

        Assert.False(ThresholdTuner.TryTune(Names, options, out _, out var error));

        Assert.Contains("no threshold within 0.50-0.99 meets the caps", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryTune_MoreFoldsThanNames_IsRefused()
    {
        Assert.False(ThresholdTuner.TryTune([Female("a", 0.9), Male("b", 0.1)], new TuningOptions { Folds = 5 }, out _, out var error));

        Assert.Contains("too few names", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FoldOf_IsIndependentOfTheHeldOutSplit()
    {
        var split = HoldoutSplit.Create(0.2);
        var heldOut = Enumerable.Range(0, 5000).Select(i => $"name{i}").Where(split.IsHeldOut).ToList();

        var counts = heldOut.GroupBy(n => NameFolds.FoldOf(n, 5)).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(5, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, heldOut.Count / 5 * 0.8, heldOut.Count / 5 * 1.2));
    }
}
