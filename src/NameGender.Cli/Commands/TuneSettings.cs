using System.ComponentModel;
using System.Globalization;
using NameGender.Core.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class TuneSettings : LabelledFileSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("The model to tune: a file (then give --output), "
        + "or with --store NAME or NAME@VERSION (a new version is stored).")]
    public string? Model { get; init; }

    [CommandOption("--objective <FIGURE>")]
    [Description("What to minimise: errorCoded (default), errorCodedWithoutNA, naCoded or errorGenderBias.")]
    [DefaultValue("errorCoded")]
    public string Objective { get; init; } = "errorCoded";

    [CommandOption("--max-error-without-na <SHARE>")]
    [Description("Only thresholds whose errorCodedWithoutNA is at most this, e.g. 0.03.")]
    public double? MaxErrorWithoutNa { get; init; }

    [CommandOption("--max-na <SHARE>")]
    [Description("Only thresholds whose naCoded (share unanswered) is at most this, e.g. 0.2.")]
    public double? MaxNa { get; init; }

    [CommandOption("--folds <K>")]
    [Description("Cross-validation folds (by name). Default 5.")]
    [DefaultValue(5)]
    public int Folds { get; init; } = 5;

    [CommandOption("-o|--output <MODEL>")]
    [Description("Where to write the tuned model file when --model is a file.")]
    public string? Output { get; init; }

    [CommandOption("--json")]
    [Description("Print the tuning result as JSON on standard output.")]
    public bool Json { get; init; }

    [CommandOption("-s|--store <STORE>")]
    [Description("Take --model from this model store and store the tuned model as its new version "
        + "(not promoted).")]
    public string? Store { get; init; }

    [CommandOption("--s3-endpoint <URL>")]
    [Description("An S3-compatible server for --store s3://… (path-style addressing).")]
    public string? S3Endpoint { get; init; }

    public TuningOptions Options => new()
    {
        Objective = TuneObjectives.Parse(Objective) ?? TuningObjective.ErrorCoded,
        MaxErrorCodedWithoutNa = MaxErrorWithoutNa,
        MaxNaCoded = MaxNa,
        Folds = Folds,
    };

    public override ValidationResult Validate()
    {
        var labelledFile = ValidateLabelledFile("tune on");
        if (!labelledFile.Successful)
        {
            return labelledFile;
        }

        if (TuneObjectives.Parse(Objective) is null)
        {
            return ValidationResult.Error(
                $"--objective must be one of {string.Join(", ", TuneObjectives.Names)}; found '{Objective}'");
        }

        if (Store is null && string.IsNullOrWhiteSpace(Output))
        {
            return ValidationResult.Error(
                "give --output, the tuned model file to write (or --store to store it as a new version)");
        }

        if (Store is not null && Output is not null)
        {
            return ValidationResult.Error(
                "with --store the tuned model becomes a new version; --output is for model files");
        }

        return Options.Validate() is { } error
            ? ValidationResult.Error(string.Create(CultureInfo.InvariantCulture, $"{error}"))
            : ValidationResult.Success();
    }
}
