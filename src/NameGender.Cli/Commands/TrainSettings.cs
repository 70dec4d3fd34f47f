using System.ComponentModel;
using System.Globalization;
using NameGender.Core.Evaluation;
using NameGender.Store;
using NameGender.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class TrainSettings : ImportInputSettings
{
    [CommandOption("-o|--output <MODEL>")]
    [Description("Where to write the model file (.ngmodel). "
        + "Without it, the model is stored as a new version of --name.")]
    public string? Output { get; init; }

    [CommandOption("-s|--store <STORE>")]
    [Description("Store the model as a new version of --name in this model store: "
        + "a folder or s3://bucket/prefix. Default when there is no --output: $NAMEGENDER_STORE, "
        + "else namegender/models in the user's data folder.")]
    public string? Store { get; init; }

    [CommandOption("--s3-endpoint <URL>")]
    [Description("An S3-compatible server for --store s3://…, e.g. http://127.0.0.1:4568 (path-style addressing).")]
    public string? S3Endpoint { get; init; }

    [CommandOption("--holdout <FRACTION>")]
    [Description("Hold out this fraction of names (1/k: 0.2, 0.1…) by the MD5 rule, evaluate on them, then refit on all.")]
    public double? Holdout { get; init; }

    [CommandOption("--holdout-only")]
    [Description("Write the model trained without the held-out names instead of refitting on all.")]
    public bool HoldoutOnly { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Random seed; the same seed and data give the same model. Default 1.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    [CommandOption("--name <NAME>")]
    [Description("The model's name in its manifest and in the model store. Default: the output file's name.")]
    public string? Name { get; init; }

    [CommandOption("-t|--threshold <T>")]
    [Description("The default unknown threshold written into the model. Default 0.75.")]
    public double? Threshold { get; init; }

    [CommandOption("--prior-strength <A>")]
    [Description("Pseudo-births of the prior smoothing looked-up counts. Default 2.")]
    public double? PriorStrength { get; init; }

    public override ValidationResult Validate()
    {
        var inputs = base.Validate();
        if (!inputs.Successful)
        {
            return inputs;
        }

        if (string.IsNullOrWhiteSpace(Output) && string.IsNullOrWhiteSpace(Name))
        {
            return ValidationResult.Error(
                "give --output, the model file to write, or --name to store the model as a new version");
        }

        if ((Store is not null || Output is null) && ModelName.Validate(Name) is { } nameError)
        {
            return ValidationResult.Error($"--name: {nameError}");
        }

        if (Holdout is double fraction && !HoldoutSplit.TryCreate(fraction, out _, out var error))
        {
            return ValidationResult.Error($"--holdout: {error}");
        }

        if (HoldoutOnly && Holdout is null)
        {
            return ValidationResult.Error("--holdout-only needs --holdout");
        }

        // The trainer checks these too, but only after the import: a typo should not cost one.
        var defaults = new TrainingOptions();
        var training = defaults with
        {
            Threshold = Threshold ?? defaults.Threshold,
            PriorStrength = PriorStrength ?? defaults.PriorStrength,
        };
        if (training.Validate() is { } optionError)
        {
            return ValidationResult.Error(optionError);
        }

        return Threshold is { } t && !(t >= 0.5 && t <= 1)
            ? ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--threshold must be within 0.5-1.0; found {t}"))
            : ValidationResult.Success();
    }
}
