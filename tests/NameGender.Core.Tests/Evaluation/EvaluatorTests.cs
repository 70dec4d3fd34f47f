using NameGender.Core.Evaluation;
using NameGender.Core.Predictions;

namespace NameGender.Core.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static Prediction Said(string name, double? pFemale) =>
        new(name, name.ToLowerInvariant(), Gender.Unknown, pFemale, 0,
            pFemale is null ? PredictionSource.None : PredictionSource.Model, null);

    [Fact]
    public void Summarize_HandComputedSet_GivesTheExpectedFigures()
    {
        // Ann: 90 F / 10 M, said 0.8 (right). Bob: 5 F / 95 M, said 0.3 (right).
        // Cy: 30 F / 70 M, said 0.6 (wrong). Di: 50 F / 50 M (tie reads female), said 0.45 (wrong).
        var scored = new List<(LabelledName, Prediction)>
        {
            (new LabelledName("Ann", 90, 10), Said("Ann", 0.8)),
            (new LabelledName("Bob", 5, 95), Said("Bob", 0.3)),
            (new LabelledName("Cy", 30, 70), Said("Cy", 0.6)),
            (new LabelledName("Di", 50, 50), Said("Di", 0.45)),
        };

        var summary = Evaluator.Summarize(scored, threshold: 0.7);

        Assert.Equal(4, summary.Names);
        Assert.Equal(400, summary.Births);
        Assert.Equal(0.5, summary.Accuracy, precision: 12);
        Assert.Equal((90 + 95 + 30 + 50) / 400.0, summary.BirthWeightedAccuracy, precision: 12);
        Assert.Equal((90 + 95 + 70 + 50) / 400.0, summary.BayesCeiling, precision: 12);
        var logLoss = -(Math.Log(0.8) + Math.Log(0.7) + Math.Log(0.4) + Math.Log(0.45)) / 4;
        Assert.Equal(logLoss, summary.LogLoss, precision: 12);

        // Bins: 0.3 (Bob, male) |0.3-0|; 0.45 (Di, female) |0.45-1|; 0.6 (Cy, male) |0.6-0|; 0.8 (Ann) |0.8-1|.
        Assert.Equal((0.3 + 0.55 + 0.6 + 0.2) / 4, summary.ExpectedCalibrationError, precision: 12);

        // Threshold 0.7 answers Ann (0.8) and Bob (0.7): both right.
        Assert.Equal(0.5, summary.Coverage, precision: 12);
        Assert.Equal(1.0, summary.AccuracyAnswered, precision: 12);

        // Female truth: Ann right, Di wrong. Male truth: Bob right, Cy called female.
        Assert.Equal(0.5, summary.FemaleAccuracy, precision: 12);
        Assert.Equal(0.5, summary.MaleAccuracy, precision: 12);
        Assert.Equal((1 - 1) / 4.0, summary.GenderBias, precision: 12);
    }

    [Fact]
    public void Summarize_NameWithoutProbability_CountsAsWrongAndUnscored()
    {
        var scored = new List<(LabelledName, Prediction)>
        {
            (new LabelledName("Ann", 10, 0), Said("Ann", 0.9)),
            (new LabelledName("J.", 10, 0), Said("J.", null)),
        };

        var summary = Evaluator.Summarize(scored, threshold: 0.6);

        Assert.Equal(1, summary.Unscored);
        Assert.Equal(0.5, summary.Accuracy, precision: 12);
        Assert.Equal(0.5, summary.BirthWeightedAccuracy, precision: 12);
        Assert.Equal(0.5, summary.Coverage, precision: 12);
    }
}
