using System.Globalization;
using Microsoft.Extensions.Logging;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Training.Import;

namespace NameGender.Training;

/// <summary>
/// Turns imported records into a model. With a held-out fraction it first fits on the names outside
/// the split and evaluates on the held-out ones, records those figures, then (unless told to keep
/// that model) refits on every name, so the shipped lookup keeps all names and the figures stay honest.
/// </summary>
public sealed partial class ModelTrainer
{
    private readonly ILogger<ModelTrainer> _logger;
    private readonly TimeProvider _time;

    public ModelTrainer(ILogger<ModelTrainer> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);

        _logger = logger;
        _time = time;
    }

    /// <summary>The fewest names the boosted trees are fitted on; below it the linear model stands alone.</summary>
    public const int MinNamesForTrees = 1000;

    public GenderModel Train(
        IReadOnlyList<ImportResult> inputs,
        TrainingOptions options,
        IProgress<TrainingStage>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);

        var error = options.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(options));
        }

        progress?.Report(TrainingStage.Aggregating);
        var table = Aggregate(inputs);
        if (table.Names.Count == 0)
        {
            throw new TrainingException("The inputs hold no usable names to train on.");
        }

        LogAggregated(table.Names.Count, table.UnusableRecords);
        options = WithLearnersFor(options, table.Names.Count);
        var draft = Draft(inputs, table, options);

        var all = table.SortedNames().ToList();
        var split = options.Holdout is double fraction ? HoldoutSplit.Create(fraction) : null;
        var training = split is null ? null : all.Where(n => !split.IsHeldOut(n.Key)).ToList();

        // The held-out fit and the final fit are independent single-threaded fits: side by side
        // they take the time of one on a machine with two cores.
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(TrainingStage.Fitting);
        var heldOutFit = training is null
            ? null
            : Task.Run(() => Assemble(training, table, options, draft), cancellationToken);
        var finalFit = training is not null && options.HoldoutOnly
            ? null
            : Task.Run(() => Assemble(all, table, options, draft), cancellationToken);

        EvaluationSummary? heldOut = null;
        IReadOnlyDictionary<string, EvaluationSummary>? heldOutByCountry = null;
        string? holdoutRule = null;
        GenderModel? heldOutModel = null;
        if (split is not null && heldOutFit is not null)
        {
            heldOutModel = heldOutFit.GetAwaiter().GetResult();
            holdoutRule = string.Create(
                CultureInfo.InvariantCulture,
                $"held out when the first 8 hex digits of MD5(lower-case UTF-8 name), read as an integer, are divisible by {split.Modulus}");

            progress?.Report(TrainingStage.EvaluatingHeldOut);
            var testing = all.Where(n => split.IsHeldOut(n.Key)).ToList();
            var predictions = PredictEach(heldOutModel, testing, options.Threshold);
            heldOut = Evaluate(testing, predictions, options.Threshold);
            LogHeldOut(testing.Count, heldOut.Accuracy, heldOut.BirthWeightedAccuracy, heldOut.BayesCeiling);
            heldOutByCountry = table.Countries().Count > 1
                ? EvaluateByCountry(testing, predictions, table.Countries(), options.Threshold)
                : null;
        }

        var final = finalFit?.GetAwaiter().GetResult() ?? heldOutModel!;
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(TrainingStage.CheckingLookup);
        List<KeyValuePair<string, NameTotals>> inLookup = [.. table.Names.Where(n => final.Lookup.TryGet(n.Key, out _))];
        var lookupCheck = Evaluate(inLookup, PredictEach(final, inLookup, options.Threshold), options.Threshold);
        LogLookupCheck(lookupCheck.BirthWeightedAccuracy, lookupCheck.BayesCeiling);

        progress?.Report(TrainingStage.Done);
        return final.WithManifest(final.Manifest with
        {
            Metrics = new ModelMetrics
            {
                Holdout = heldOut,
                HoldoutByCountry = heldOutByCountry,
                HoldoutRule = holdoutRule,
                Lookup = lookupCheck,
            },
        });
    }

    private static CountTable Aggregate(IReadOnlyList<ImportResult> inputs)
    {
        var table = new CountTable();
        foreach (var input in inputs)
        {
            foreach (var record in input.Records)
            {
                table.Add(record, input.Source.Kind);
            }
        }

        return table;
    }

    private ModelManifest Draft(IReadOnlyList<ImportResult> inputs, CountTable table, TrainingOptions options)
    {
        var dataYears = table.DataYears;
        return new ModelManifest
        {
            FormatVersion = ModelManifest.CurrentFormatVersion,
            ModelId = "unsaved",
            Name = options.Name,
            CreatedAt = _time.GetUtcNow(),
            DataFingerprint = table.Fingerprint(),
            DataFirstYear = dataYears?.First,
            DataLastYear = dataYears?.Last,
            Sources = [.. inputs.Select(i => ToModelSource(i.Source))],
            Names = table.Names.Count,
            Births = table.Names.Values.Sum(t => t.Countries.Values.Sum(c => c.Total - c.LabelFemale - c.LabelMale)),
            Training = new TrainingSettings(options.Seed, options.Holdout, options.HoldoutOnly, options.CharacterModel),
            Predictor = new PredictorDefaults(options.Threshold, options.PriorStrength, options.NotAName, options.Pooling),
            Countries = table.Countries(),
            Metrics = new ModelMetrics { Lookup = EmptySummary(options.Threshold) },
            Checksums = new Dictionary<string, string>(),
        };
    }

    private static ModelSource ToModelSource(ImportedSource source) => new(
        Path.GetFileName(source.Path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)),
        source.Format,
        source.Kind == SourceKind.Labels ? "labels" : "births",
        source.LabelWeight,
        source.Fingerprint,
        source.RecordCount,
        source.TotalCount)
    {
        Countries = source.Countries,
        Publisher = source.Attribution?.Publisher,
        Licence = source.Attribution?.Licence,
        CountMeaning = source.Attribution?.CountMeaning,
    };

    // Fits the character model on the given names, then builds the lookup of those names with the
    // model's guess for each as the mean of its smoothing prior.
    private static GenderModel Assemble(
        IReadOnlyList<KeyValuePair<string, NameTotals>> names,
        CountTable table,
        TrainingOptions options,
        ModelManifest draft)
    {
        var characters = CharacterModelTrainer.Fit(names, options.CharacterModel, options.Seed);
        var priors = characters.PredictFemale(names.Select(n => n.Key));

        var entries = new Dictionary<string, NameEvidence>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var (key, totals) = names[i];
            entries[key] = new NameEvidence([.. totals.Countries.Select(c => Evidence(c.Key, c.Value))], (float)priors[i]);
        }

        var lookup = new NameLookup(entries, table.DataYears);
        var trigrams = TrigramProfile.Build(names.Select(n => n.Key), options.NotAName);
        return new GenderModel(draft, lookup, characters, trigrams);
    }

    private static CountryEvidence Evidence(string country, CountryTotals totals) => new(
        country.Length == 0 ? null : country,
        [.. totals.Decades.Select(d => new Core.Models.DecadeCount(d.Key, d.Value.Female, d.Value.Male))],
        totals.UndatedFemale,
        totals.UndatedMale,
        totals.LabelFemale,
        totals.LabelMale);

    // Predictions are independent and the character model is safe to share across threads: the
    // evaluation of a large held-out set takes half the time on two cores.
    private static Prediction[] PredictEach(
        GenderModel model, IReadOnlyList<KeyValuePair<string, NameTotals>> names, double threshold)
    {
        var predictor = new GenderPredictor(model, new PredictorOptions { Threshold = threshold });
        return names.AsParallel().AsOrdered().Select(n => predictor.Predict(n.Key)).ToArray();
    }

    // The truth of a name is its pooled share of its total evidence: with one country, its counts.
    private static EvaluationSummary Evaluate(
        IReadOnlyList<KeyValuePair<string, NameTotals>> names, Prediction[] predictions, double threshold)
    {
        var scored = names
            .Select((n, i) =>
            {
                var share = n.Value.PooledFemaleShare();
                var truth = new LabelledName(n.Key, share * n.Value.Total, (1 - share) * n.Value.Total);
                return (truth, predictions[i]);
            })
            .ToList();
        return Evaluator.Summarize(scored, threshold);
    }

    // Against each country's own counts. A held-out name is absent from every country's training
    // data (one global split by name), so asking with its country answers exactly as without one:
    // from the character model. The predictions made once for all countries serve each of them.
    private static Dictionary<string, EvaluationSummary> EvaluateByCountry(
        IReadOnlyList<KeyValuePair<string, NameTotals>> names,
        Prediction[] predictions,
        IReadOnlyList<string> countries,
        double threshold)
    {
        var byCountry = new Dictionary<string, EvaluationSummary>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            var scored = names
                .Select((n, i) => (Totals: n.Value, Key: n.Key, Prediction: predictions[i]))
                .Where(n => n.Totals.Countries.TryGetValue(country, out var c) && c.Total > 0)
                .Select(n =>
                {
                    var counts = n.Totals.Countries[country];
                    var truth = new LabelledName(n.Key, counts.Female, counts.Male);
                    return (truth, n.Prediction);
                })
                .ToList();
            byCountry[country] = Evaluator.Summarize(scored, threshold);
        }

        return byCountry;
    }

    private static EvaluationSummary EmptySummary(double threshold) => Evaluator.Summarize([], threshold);

    // Boosted trees split on n-grams common to hundreds of names; a list of a few hundred names has
    // none, and LightGBM then fails. Such data train the logistic regression alone, and the
    // manifest records that the trees were left out.
    private TrainingOptions WithLearnersFor(TrainingOptions options, int names)
    {
        if (!options.CharacterModel.BoostedTrees || names >= MinNamesForTrees)
        {
            return options;
        }

        LogNoTrees(names, MinNamesForTrees);
        return options with { CharacterModel = options.CharacterModel with { BoostedTrees = false } };
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Only {Names} names: fewer than the {Minimum} boosted trees need, so the character model is the logistic regression alone")]
    private partial void LogNoTrees(int names, int minimum);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Aggregated {Names} name keys; {Unusable} records had no usable given name")]
    private partial void LogAggregated(int names, long unusable);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Held-out {Names} names: accuracy {Accuracy:0.0000}, birth-weighted {Weighted:0.0000} (ceiling {Ceiling:0.0000})")]
    private partial void LogHeldOut(int names, double accuracy, double weighted, double ceiling);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "Lookup on its own births: birth-weighted accuracy {Weighted:0.0000} (ceiling {Ceiling:0.0000})")]
    private partial void LogLookupCheck(double weighted, double ceiling);
}
