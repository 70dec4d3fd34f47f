using NameGender.Core.Evaluation;
using NameGender.Core.Predictions;
using static NameGender.Core.Tests.Evaluation.EvaluatedNameSets;

namespace NameGender.Core.Tests.Evaluation;

public sealed class EvaluationSlicesTests
{
    [Fact]
    public void ByEvidence_SplitsFrequentRareAndUnseen()
    {
        EvaluatedName[] names =
        [
            Female("anna", 0.99, evidence: 50_000), Male("john", 0.6, evidence: 1_000),
            Female("tess", 0.7, evidence: 3), Male("xq", 0.2), Male("j.", null),
        ];

        var slices = EvaluationSlices.ByEvidence(names, 0.75);

        Assert.Equal(["frequent", "rare", "unseen"], slices.Select(s => s.Slice));
        Assert.Equal([2, 1, 2], slices.Select(s => s.Names));
        Assert.Equal(0.5, slices[0].Accuracy);
        Assert.Equal(0.5, slices[0].Coverage);
        Assert.Equal(0.0, slices[1].Coverage);
        Assert.Equal(0.5, slices[2].Accuracy);
    }

    [Fact]
    public void ByFileFrequency_BandsTheLabelledBirthsAndLeavesEmptyBandsOut()
    {
        EvaluatedName[] names = [Female("a", 0.9, births: 20_000), Female("b", 0.9, births: 10_000), Male("c", 0.1, births: 5)];

        var slices = EvaluationSlices.ByFileFrequency(names, 0.75);

        Assert.Equal(["≥ 10,000 births", "under 100 births"], slices.Select(s => s.Slice));
        Assert.Equal([2, 1], slices.Select(s => s.Names));
        Assert.Equal(30_000, slices[0].Births);
    }

    [Fact]
    public void ByGroup_OneSlicePerValue_LargestFirst()
    {
        EvaluatedName[] names =
        [
            Make(new LabelledName("Andrea", 0, 1) { Group = "it" }, 0.8),
            Make(new LabelledName("Luca", 0, 1) { Group = "it" }, 0.1),
            Make(new LabelledName("Emily", 1, 0) { Group = "us" }, 0.99),
            Make(new LabelledName("Kim", 1, 0), 0.6),
        ];

        var slices = EvaluationSlices.ByGroup(names, 0.75);

        Assert.Equal(["it", "(none)", "us"], slices.Select(s => s.Slice));
        Assert.Equal(0.5, slices[0].Accuracy);
        Assert.Equal(1, slices[0].Benchmark.MaleAsFemale);
    }

    [Fact]
    public void Worst_RanksMisclassifiedNamesByWrongBirthsThenConfidence()
    {
        EvaluatedName[] names =
        [
            Male("noah", 0.8, births: 500_000), Female("mia", 0.1, births: 300), Female("zoe", 0.02, births: 300),
            Female("ann", 0.99, births: 900_000), Male("lee", 0.6, births: 1_000_000),
        ];

        var worst = ErrorCase.Worst(names, 0.75, count: 10);

        Assert.Equal(["noah", "zoe", "mia"], worst.Select(e => e.Name));
        Assert.Equal(Gender.Female, worst[0].Answer);
        Assert.Equal(500_000, worst[0].Male);
    }
}
