using NameGender.Core.Predictions;

namespace NameGender.Core.Evaluation;

/// <summary>Computes <see cref="EvaluationSummary"/> figures from predictions and their truth.</summary>
public static class Evaluator
{
    private const int CalibrationBins = 10;
    private const double ProbabilityFloor = 1e-15;

    public static EvaluationSummary Summarize(
        IReadOnlyList<(LabelledName Truth, Prediction Prediction)> scored, double threshold)
    {
        ArgumentNullException.ThrowIfNull(scored);

        var names = 0;
        var births = 0.0;
        var correctNames = 0;
        var correctBirths = 0.0;
        var majorityBirths = 0.0;
        var logLoss = 0.0;
        var probabilities = 0;
        var answered = 0;
        var answeredCorrect = 0;
        var unscored = 0;
        var (females, femalesRight, males, malesRight) = (0, 0, 0, 0);
        var bins = new (double SumP, double Female, int Count)[CalibrationBins];

        foreach (var (truth, prediction) in scored)
        {
            names++;
            births += truth.Total;
            majorityBirths += truth.Majority;

            if (prediction.PFemale is not double p)
            {
                unscored++;
                continue;
            }

            var saysFemale = p >= 0.5;
            var right = saysFemale == truth.IsFemale;
            if (truth.IsFemale)
            {
                females++;
                femalesRight += right ? 1 : 0;
            }
            else
            {
                males++;
                malesRight += right ? 1 : 0;
            }

            correctNames += right ? 1 : 0;
            correctBirths += saysFemale ? truth.Female : truth.Male;

            var pTruth = Math.Clamp(truth.IsFemale ? p : 1 - p, ProbabilityFloor, 1);
            logLoss -= Math.Log(pTruth);
            probabilities++;

            var bin = Math.Min((int)(p * CalibrationBins), CalibrationBins - 1);
            bins[bin].SumP += p;
            bins[bin].Female += truth.IsFemale ? 1 : 0;
            bins[bin].Count++;

            if (Math.Max(p, 1 - p) >= threshold)
            {
                answered++;
                answeredCorrect += right ? 1 : 0;
            }
        }

        return new EvaluationSummary
        {
            Names = names,
            Births = births,
            Accuracy = Ratio(correctNames, names),
            BirthWeightedAccuracy = Ratio(correctBirths, births),
            BayesCeiling = Ratio(majorityBirths, births),
            LogLoss = Ratio(logLoss, probabilities),
            ExpectedCalibrationError = CalibrationError(bins, probabilities),
            Threshold = threshold,
            Coverage = Ratio(answered, names),
            AccuracyAnswered = Ratio(answeredCorrect, answered),
            FemaleAccuracy = Ratio(femalesRight, females),
            MaleAccuracy = Ratio(malesRight, males),
            GenderBias = Ratio((males - malesRight) - (females - femalesRight), probabilities),
            Unscored = unscored,
        };
    }

    // Each bin's gap between mean predicted p_female and observed share female, weighted by its size.
    private static double CalibrationError((double SumP, double Female, int Count)[] bins, int total)
    {
        var error = 0.0;
        foreach (var (sumP, female, count) in bins)
        {
            if (count > 0)
            {
                error += Math.Abs((sumP / count) - (female / count)) * count / total;
            }
        }

        return total == 0 ? 0 : error;
    }

    private static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;
}
