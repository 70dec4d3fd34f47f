using NameGender.Core.Evaluation;
using static NameGender.Core.Tests.Evaluation.EvaluatedNameSets;

namespace NameGender.Core.Tests.Evaluation;

public sealed class BenchmarkFiguresTests
{
    // Ten names at threshold 0.7:
    //   female truth: 0.9 right, 0.8 right, 0.2 wrong (male), 0.6 unknown, declined unknown
    //   male truth:   0.1 right, 0.25 right, 0.85 wrong (female), 0.95 wrong (female), null unknown
    private static readonly EvaluatedName[] Names =
    [
        Female("a", 0.9), Female("b", 0.8), Female("c", 0.2), Female("d", 0.6), Declined("e", female: true, 0.99),
        Male("f", 0.1), Male("g", 0.25), Male("h", 0.85), Male("i", 0.95), Male("j", null),
    ];

    [Fact]
    public void At_HandComputedSet_GivesTheFourFiguresOfSantamariaAndMihaljevic()
    {
        var figures = BenchmarkFigures.At(Names, 0.7);

        Assert.Equal(10, figures.Names);
        Assert.Equal(7, figures.Classified);
        Assert.Equal(3, figures.Unknown);
        Assert.Equal(3, figures.Misclassified);
        Assert.Equal(2, figures.MaleAsFemale);
        Assert.Equal(1, figures.FemaleAsMale);
        Assert.Equal((3 + 3) / 10.0, figures.ErrorCoded, precision: 12);
        Assert.Equal(3 / 7.0, figures.ErrorCodedWithoutNa, precision: 12);
        Assert.Equal(3 / 10.0, figures.NaCoded, precision: 12);
        Assert.Equal((2 - 1) / 7.0, figures.ErrorGenderBias, precision: 12);
        Assert.Equal(0.7, figures.Coverage, precision: 12);
        Assert.Equal(4 / 7.0, figures.AnsweredAccuracy, precision: 12);
    }

    [Fact]
    public void At_LowestThreshold_LeavesOnlyDeclinedAndUnscoredNamesUnknown()
    {
        var figures = BenchmarkFigures.At(Names, 0.5);

        Assert.Equal(2, figures.Unknown);
        Assert.Equal(3, figures.Misclassified);
        Assert.Equal(8, figures.Classified);
    }

    [Fact]
    public void At_NoNames_GivesZeroesNotNaN()
    {
        var figures = BenchmarkFigures.At([], 0.75);

        Assert.Equal(0, figures.ErrorCoded);
        Assert.Equal(0, figures.ErrorCodedWithoutNa);
        Assert.Equal(0, figures.Coverage);
    }

    [Fact]
    public void Tally_EachNameAtItsOwnThreshold_PoolsTheCounts()
    {
        var pooled = BenchmarkFigures.Tally([(Names[3], 0.55), (Names[3], 0.65)], reportedThreshold: 0.6);

        Assert.Equal(0.6, pooled.Threshold);
        Assert.Equal(1, pooled.Classified);
        Assert.Equal(1, pooled.Unknown);
    }

    [Fact]
    public void ThresholdCurve_RisingThreshold_NeverAnswersMore()
    {
        var curve = ThresholdCurve.Compute(Names);

        Assert.Equal(50, curve.Count);
        Assert.Equal(0.5, curve[0].Threshold);
        Assert.Equal(0.99, curve[^1].Threshold, precision: 12);
        Assert.All(curve.Zip(curve.Skip(1)), pair => Assert.True(pair.Second.Classified <= pair.First.Classified));
    }
}
