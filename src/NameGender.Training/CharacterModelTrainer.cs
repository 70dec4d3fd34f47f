using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using NameGender.Core.Models;

namespace NameGender.Training;

/// <summary>
/// Fits the character model: char n-grams with end markers, logistic regression trained on soft
/// labels (each name is a female row and a male row weighted by its share of births) with
/// sublinear birth weights.
/// </summary>
internal static class CharacterModelTrainer
{
    public static CharacterModel Fit(
        IEnumerable<KeyValuePair<string, NameTotals>> names, CharacterModelOptions options, int seed)
    {
        var context = new MLContext(seed);
        var rows = Rows(names, options).ToList();
        var data = context.Data.LoadFromEnumerable(rows);

        var pipeline = context.Transforms.Text
            .TokenizeIntoCharactersAsKeys("Characters", nameof(CharacterModelInput.Key), useMarkerCharacters: true)
            .Append(context.Transforms.Text.ProduceNgrams(
                "Features",
                "Characters",
                ngramLength: options.NgramLength,
                useAllLengths: true,
                maximumNgramsCount: 10_000_000,
                weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .AppendCacheCheckpoint(context)
            .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(
                new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = nameof(TrainingRow.Label),
                    FeatureColumnName = "Features",
                    ExampleWeightColumnName = nameof(TrainingRow.Weight),
                    L1Regularization = options.L1Regularization,
                    L2Regularization = options.L2Regularization,

                    // One thread keeps the fit bit-for-bit repeatable for a given seed.
                    NumberOfThreads = 1,
                }));

        var transformer = pipeline.Fit(data);
        return new CharacterModel(context, transformer, data.Schema);
    }

    // A name with F female and M male births becomes two rows, female with weight w·F/(F+M) and
    // male with w·M/(F+M), where w = (F+M)^exponent: the loss then targets each name's observed
    // share, not just its majority.
    private static IEnumerable<TrainingRow> Rows(
        IEnumerable<KeyValuePair<string, NameTotals>> names, CharacterModelOptions options)
    {
        foreach (var (key, totals) in names)
        {
            if (totals.Total <= 0)
            {
                continue;
            }

            var weight = Math.Pow(totals.Total, options.BirthWeightExponent);
            if (totals.Female > 0)
            {
                yield return new TrainingRow(key, true, (float)(weight * totals.Female / totals.Total));
            }

            if (totals.Male > 0)
            {
                yield return new TrainingRow(key, false, (float)(weight * totals.Male / totals.Total));
            }
        }
    }

    private sealed record TrainingRow(string Key, bool Label, float Weight);
}
