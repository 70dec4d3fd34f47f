using NameGender.Core.Evaluation;
using static NameGender.Core.Tests.Evaluation.EvaluatedNameSets;

namespace NameGender.Core.Tests.Evaluation;

public sealed class ReliabilityDiagramTests
{
    [Fact]
    public void Compute_HandComputedSet_BinsAndWeighsTheGaps()
    {
        EvaluatedName[] names = [Female("a", 0.92), Female("b", 0.98), Male("c", 0.95), Male("d", 0.05), Female("e", null)];

        var diagram = ReliabilityDiagram.Compute(names);

        Assert.Equal(10, diagram.Bins.Count);
        var top = diagram.Bins[9];
        Assert.Equal(3, top.Names);
        Assert.Equal((0.92 + 0.98 + 0.95) / 3, top.MeanPFemale, precision: 12);
        Assert.Equal(2 / 3.0, top.ShareFemale, precision: 12);
        Assert.Equal(1, diagram.Bins[0].Names);

        var expected = (Math.Abs(0.95 - (2 / 3.0)) * 3 / 4) + (0.05 * 1 / 4);
        Assert.Equal(expected, diagram.ExpectedCalibrationError, precision: 12);
    }

    [Fact]
    public void Compute_AgreesWithTheSummarysCalibrationError()
    {
        var names = Enumerable.Range(0, 200)
            .Select(i => i % 3 == 0 ? Female($"f{i}", (i % 97) / 97.0) : Male($"m{i}", (i % 89) / 89.0))
            .ToList();

        var diagram = ReliabilityDiagram.Compute(names);
        var summary = Evaluator.Summarize(names.AsPairs(), 0.75);

        Assert.Equal(summary.ExpectedCalibrationError, diagram.ExpectedCalibrationError, precision: 12);
    }
}
