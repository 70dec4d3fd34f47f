using System.Globalization;
using System.Text.Json;
using NameGender.Cli.Infrastructure;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Training;
using NameGender.Training.Import;

namespace NameGender.Cli.Commands;

/// <summary>
/// The training job's hyperparameters.json. SageMaker sends every value as a string ("0.2"), so
/// strings are parsed; JSON numbers and booleans are taken too. Keys are snake_case; an unknown
/// key fails the job (a typo would otherwise train silently with the default), except the ones
/// SageMaker itself adds (sagemaker_*, and _tuning_objective_metric during tuning).
/// </summary>
internal sealed record SageMakerHyperparameters(string Channel, TrainingOptions Training, ImportOptions Import)
{
    public const string DefaultChannel = "train";

    /// <summary>A training job reports honest figures unless told not to (holdout: "none").</summary>
    public const double DefaultHoldout = 0.2;

    public static readonly IReadOnlyList<string> Keys =
    [
        "channel", "name", "seed", "holdout", "holdout_only", "threshold", "prior_strength", "label_weight",
        "skip_bad_lines", "ngram_length", "hash_bits", "l2_regularization", "optimization_tolerance",
        "birth_weight_exponent", "spelling_neighbours", "boosted_trees", "trees_minimum_ngram_count",
        "trees_leaf_count", "trees_iteration_count", "trees_learning_rate", "linear_weight",
    ];

    /// <summary>Reads the file; a job without one trains with every default.</summary>
    public static SageMakerHyperparameters Load(string path)
    {
        if (!File.Exists(path))
        {
            return Parse(new Dictionary<string, string>());
        }

        using var document = ReadJson(path);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new CliUsageException($"{path} must hold a JSON object of hyperparameters.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False =>
                    property.Value.GetRawText(),
                _ => throw new CliUsageException(
                    $"hyperparameter '{property.Name}' is a JSON {property.Value.ValueKind}; " +
                    "expected a string."),
            };
        }

        return Parse(values);
    }

    public static SageMakerHyperparameters Parse(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);

        var channel = DefaultChannel;
        var training = new TrainingOptions { Name = "sagemaker", Holdout = DefaultHoldout };
        var character = new CharacterModelOptions();
        long labelWeight = ImportOptions.DefaultLabelWeight;
        var skipBadLines = false;

        foreach (var (key, value) in values)
        {
            switch (key)
            {
                case "channel": channel = value.Trim(); break;
                case "name": training = training with { Name = value.Trim() }; break;
                case "seed": training = training with { Seed = Int(key, value) }; break;
                case "holdout": training = training with { Holdout = Holdout(value) }; break;
                case "holdout_only": training = training with { HoldoutOnly = Bool(key, value) }; break;
                case "threshold": training = training with { Threshold = Double(key, value) }; break;
                case "prior_strength": training = training with { PriorStrength = Double(key, value) }; break;
                case "label_weight": labelWeight = Long(key, value); break;
                case "skip_bad_lines": skipBadLines = Bool(key, value); break;
                default:
                    character = Character(character, key, value);
                    break;
            }
        }

        if (training.Validate() is { } error)
        {
            throw new CliUsageException($"hyperparameters: {error}");
        }

        if (labelWeight < 1)
        {
            throw new CliUsageException("hyperparameter 'label_weight' must be 1 or more.");
        }

        return new SageMakerHyperparameters(
            channel,
            training with { CharacterModel = character },
            new ImportOptions { LabelWeight = labelWeight, SkipBadLines = skipBadLines });
    }

    private static CharacterModelOptions Character(
        CharacterModelOptions options, string key, string value) => key switch
    {
        "ngram_length" => options with { NgramLength = Int(key, value) },
        "hash_bits" => options with { HashBits = Int(key, value) },
        "l2_regularization" => options with { L2Regularization = (float)Double(key, value) },
        "optimization_tolerance" => options with { OptimizationTolerance = (float)Double(key, value) },
        "birth_weight_exponent" => options with { BirthWeightExponent = Double(key, value) },
        "spelling_neighbours" => options with { SpellingNeighbours = Bool(key, value) },
        "boosted_trees" => options with { BoostedTrees = Bool(key, value) },
        "trees_minimum_ngram_count" => options with { TreesMinimumNgramCount = Int(key, value) },
        "trees_leaf_count" => options with { TreesLeafCount = Int(key, value) },
        "trees_iteration_count" => options with { TreesIterationCount = Int(key, value) },
        "trees_learning_rate" => options with { TreesLearningRate = Double(key, value) },
        "linear_weight" => options with { LinearWeight = Double(key, value) },
        _ when key.StartsWith("sagemaker_", StringComparison.Ordinal) || key.StartsWith('_') => options,
        _ => throw new CliUsageException(
            $"unknown hyperparameter '{key}'; known ones: {string.Join(", ", Keys)}."),
    };

    private static double? Holdout(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text == "0" || string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var fraction = Double("holdout", text);
        return HoldoutSplit.TryCreate(fraction, out _, out var error)
            ? fraction
            : throw new CliUsageException($"hyperparameter 'holdout': {error}");
    }

    private static int Int(string key, string value) =>
        int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Expected(key, "an integer", value);

    private static long Long(string key, string value) =>
        long.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Expected(key, "an integer", value);

    private static double Double(string key, string value) =>
        double.TryParse(value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number)
            ? number
            : throw Expected(key, "a number", value);

    private static bool Bool(string key, string value) =>
        bool.TryParse(value.Trim(), out var flag) ? flag : throw Expected(key, "true or false", value);

    private static CliUsageException Expected(string key, string what, string found) =>
        new($"hyperparameter '{key}': expected {what}; found '{found}'.");

    private static JsonDocument ReadJson(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}
