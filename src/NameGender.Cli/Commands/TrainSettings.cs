using System.ComponentModel;
using System.Globalization;
using NameGender.Core.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class TrainSettings : ImportInputSettings
{
    [CommandOption("-o|--output <MODEL>")]
    [Description("Where to write the model file (.ngmodel).")]
    public string? Output { get; init; }

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
    [Description("The model's name in its manifest. Default: the output file's name.")]
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

        if (string.IsNullOrWhiteSpace(Output))
        {
            return ValidationResult.Error("give --output, the model file to write");
        }

        if (Holdout is double fraction && !HoldoutSplit.TryCreate(fraction, out _, out var error))
        {
            return ValidationResult.Error($"--holdout: {error}");
        }

        if (HoldoutOnly && Holdout is null)
        {
            return ValidationResult.Error("--holdout-only needs --holdout");
        }

        return Threshold is { } t && !(t >= 0.5 && t <= 1)
            ? ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"--threshold must be within 0.5-1.0; found {t}"))
            : ValidationResult.Success();
    }
}
