using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;
using NameGender.Core.Models;

namespace NameGender.Training;

/// <summary>
/// Fits the character model: hashed char n-grams with end markers and the spelling neighbours'
/// counts, feeding an L-BFGS logistic regression and LightGBM trees (on the common n-grams) whose
/// probabilities are averaged. Both learners train on soft labels: each name is a female row and a
/// male row weighted by its share of births, times a sublinear birth weight.
/// </summary>
internal static class CharacterModelTrainer
{
    private const string Characters = "Characters";
    private const string Ngrams = "Ngrams";
    private const string CommonNgrams = "CommonNgrams";
    private const string LinearFeatures = "LinearFeatures";
    private const string TreeFeatures = "TreeFeatures";
    private const string Probability = "Probability";
    private const string LinearProbability = "LinearProbability";

    public static CharacterModel Fit(
        IReadOnlyList<KeyValuePair<string, NameTotals>> names, CharacterModelOptions options, int seed)
    {
        var context = new MLContext(seed);
        var neighbours = SpellingNeighbours.Build(names.Select(n =>
        {
            var share = n.Value.PooledFemaleShare();
            return (n.Key, share * n.Value.Total, (1 - share) * n.Value.Total);
        }));
        var rows = Rows(names, options, neighbours);
        if (rows.Count == 0)
        {
            throw new TrainingException("No name has any births or labels to learn from.");
        }

        var data = context.Data.LoadFromEnumerable(rows);
        var transformer = Pipeline(context, options, seed, rows.Count).Fit(data);
        return new CharacterModel(context, transformer, data.Schema, neighbours);
    }

    private static IEstimator<ITransformer> Pipeline(
        MLContext context, CharacterModelOptions options, int seed, int rowCount)
    {
        string[] linearColumns = options.SpellingNeighbours ? [Ngrams, nameof(TrainingRow.Neighbours)] : [Ngrams];
        string[] treeColumns = options.SpellingNeighbours ? [CommonNgrams, nameof(TrainingRow.Neighbours)] : [CommonNgrams];

        var characters = context.Transforms.Text
            .TokenizeIntoCharactersAsKeys(Characters, nameof(TrainingRow.Key), useMarkerCharacters: true);
        var ngrams = options.HashBits > 0
            ? characters.Append<ITransformer>(context.Transforms.Text.ProduceHashedNgrams(
                Ngrams, Characters, numberOfBits: options.HashBits, ngramLength: options.NgramLength, useAllLengths: true))
            : characters.Append<ITransformer>(context.Transforms.Text.ProduceNgrams(
                Ngrams, Characters, ngramLength: options.NgramLength, useAllLengths: true,
                weighting: NgramExtractingEstimator.WeightingCriteria.Tf));
        var featurized = ngrams
            .Append(context.Transforms.Concatenate(LinearFeatures, linearColumns))

            // L-BFGS makes many passes over the data: without the cache each one would featurize again.
            .AppendCacheCheckpoint(context);

        var linear = featurized.Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(
            new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(TrainingRow.Label),
                FeatureColumnName = LinearFeatures,
                ExampleWeightColumnName = nameof(TrainingRow.Weight),
                L1Regularization = options.L1Regularization,
                L2Regularization = options.L2Regularization,
                OptimizationTolerance = options.OptimizationTolerance,

                // Several threads sum gradients in an order that depends on the core count; one
                // thread gives the same model for the same data and seed on every machine.
                NumberOfThreads = 1,
            }));

        if (!options.BoostedTrees)
        {
            return linear.Append(context.Transforms.CopyColumns(CharacterModelOutput.Column, Probability));
        }

        // Both learners write a Probability column; the linear one is kept under another name first.
        var linearWeight = options.LinearWeight.ToString("R", CultureInfo.InvariantCulture);
        return linear
            .Append(context.Transforms.CopyColumns(LinearProbability, Probability))
            .Append(context.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(
                CommonNgrams, Ngrams, options.TreesMinimumNgramCount))
            .Append(context.Transforms.Concatenate(TreeFeatures, treeColumns))
            .Append(context.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = nameof(TrainingRow.Label),
                FeatureColumnName = TreeFeatures,
                ExampleWeightColumnName = nameof(TrainingRow.Weight),
                NumberOfLeaves = options.TreesLeafCount,
                NumberOfIterations = options.TreesIterationCount,
                LearningRate = options.TreesLearningRate,
                Booster = TreeBooster(options, rowCount),
                Seed = seed,
                Silent = true,

                // LightGBM's OpenMP threads spin while they wait: on a busy 2-core machine more than
                // one made fits several times slower. One thread also keeps the trees identical
                // from machine to machine.
                NumberOfThreads = 1,
            }))
            .Append(context.Transforms.Expression(
                CharacterModelOutput.Column,
                $"(linear, trees) => {linearWeight} * linear + (1 - {linearWeight}) * trees",
                LinearProbability,
                Probability));
    }

    // Bagging with LightGBM's seed (taken from Seed): the same data and seed grow the same trees.
    private static GradientBooster.Options TreeBooster(CharacterModelOptions options, int rowCount)
    {
        var booster = new GradientBooster.Options();
        if (options.TreesMaximumRows > 0 && rowCount > options.TreesMaximumRows)
        {
            booster.SubsampleFraction = (double)options.TreesMaximumRows / rowCount;
            booster.SubsampleFrequency = 1;
        }

        return booster;
    }

    // A name with female share s (pooled over countries, see PooledShare) and n births becomes two
    // rows, female with weight w·s and male with w·(1 − s), where w = n^exponent scaled to a mean of
    // 1 per name (so the meaning of the L2 weight does not move with the exponent or the number of
    // names).
    private static List<TrainingRow> Rows(
        IReadOnlyList<KeyValuePair<string, NameTotals>> names, CharacterModelOptions options, SpellingNeighbours neighbours)
    {
        var weighted = names
            .Where(n => n.Value.Total > 0)
            .Select(n => (n.Key, n.Value, Weight: Math.Pow(n.Value.Total, options.BirthWeightExponent)))
            .ToList();
        var scale = weighted.Count == 0 ? 1 : weighted.Count / weighted.Sum(w => w.Weight);

        var rows = new List<TrainingRow>(weighted.Count * 2);
        foreach (var (key, totals, weight) in weighted)
        {
            var features = neighbours.Find(key).Features();
            var share = totals.PooledFemaleShare();
            if (share > 0)
            {
                rows.Add(new TrainingRow(key, features, true, (float)(scale * weight * share)));
            }

            if (share < 1)
            {
                rows.Add(new TrainingRow(key, features, false, (float)(scale * weight * (1 - share))));
            }
        }

        return rows;
    }

    private sealed class TrainingRow(string key, float[] neighbours, bool label, float weight)
    {
        public string Key { get; } = key;

        [VectorType(CharacterModelInput.NeighbourFeatureCount)]
        public float[] Neighbours { get; } = neighbours;

        public bool Label { get; } = label;

        public float Weight { get; } = weight;
    }
}
