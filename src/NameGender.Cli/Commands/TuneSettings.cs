using System.ComponentModel;
using System.Globalization;
using NameGender.Core.Data;
using NameGender.Core.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class TuneSettings : CommandSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("The model to tune: a file (then give --output), "
        + "or with --store NAME or NAME@VERSION (a new version is stored).")]
    public string? Model { get; init; }

    [CommandOption("-i|--input <FILE>")]
    [Description("Labelled file: name,sex,count, name,births_f,births_m, or any CSV with --truth COLUMN.")]
    public string? Input { get; init; }

    [CommandOption("--truth <COLUMN>")]
    [Description("Column holding one truth per row (F/M/female/male); "
        + "other values are left out and counted.")]
    public string? Truth { get; init; }

    [CommandOption("-c|--column <COLUMN>")]
    [Description("Column holding the names. Default: name.")]
    [DefaultValue("name")]
    public string Column { get; init; } = "name";

    [CommandOption("--born <YEARS>")]
    [Description("Only count births in these years, e.g. 1950-1969.")]
    public string? Born { get; init; }

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

    public YearPeriod? BornPeriod =>
        Born is not null && YearPeriod.TryParse(Born, out var period, out _) ? period : null;

    public TuningOptions Options => new()
    {
        Objective = TuneObjectives.Parse(Objective) ?? TuningObjective.ErrorCoded,
        MaxErrorCodedWithoutNa = MaxErrorWithoutNa,
        MaxNaCoded = MaxNa,
        Folds = Folds,
    };

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Input))
        {
            return ValidationResult.Error("give --input, the labelled file to tune on");
        }

        if (TuneObjectives.Parse(Objective) is null)
        {
            return ValidationResult.Error(
                $"--objective must be one of {string.Join(", ", TuneObjectives.Names)}; found '{Objective}'");
        }

        if (Born is not null && !YearPeriod.TryParse(Born, out _, out var bornError))
        {
            return ValidationResult.Error($"--born: {bornError}");
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
