using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class EvaluateSettings : ModelSettings
{
    [CommandOption("-i|--input <FILE>")]
    [Description("Labelled file: name,sex,count (or any format train reads), name,births_f,births_m, "
        + "or any CSV with --truth COLUMN.")]
    public string? Input { get; init; }

    [CommandOption("--truth <COLUMN>")]
    [Description("Column holding one truth per row (F/M/female/male); other values are left out and counted.")]
    public string? Truth { get; init; }

    [CommandOption("-c|--column <COLUMN>")]
    [Description("Column holding the names. Default: name.")]
    [DefaultValue("name")]
    public string Column { get; init; } = "name";

    [CommandOption("--json")]
    [Description("Print the figures as JSON on standard output.")]
    public bool Json { get; init; }

    [CommandOption("--report <HTML>")]
    [Description("Also write an HTML report: figures over thresholds, calibration, slices, worst errors.")]
    public string? Report { get; init; }

    [CommandOption("--figures <FOLDER>")]
    [Description("Also write the report's figures as PNG files into this folder.")]
    public string? Figures { get; init; }

    [CommandOption("--group <COLUMN>")]
    [Description("Break accuracy and coverage down by this column "
        + "(births_f/births_m files and --truth files; country in name,sex,count,country files).")]
    public string? Group { get; init; }

    [CommandOption("--country-column <COLUMN>")]
    [Description("Predict each name with the ISO 3166-1 alpha-2 country of this column (blank: --country, "
        + "else none). With --group on the same column, figures per country as a customer would get them.")]
    public string? CountryColumn { get; init; }

    [CommandOption("-s|--store <STORE>")]
    [Description("Take --model from this model store (folder or s3://bucket/prefix): "
        + "NAME for its promoted version, or NAME@VERSION.")]
    public string? Store { get; init; }

    [CommandOption("--s3-endpoint <URL>")]
    [Description("An S3-compatible server for --store s3://… (path-style addressing).")]
    public string? S3Endpoint { get; init; }

    public override ValidationResult Validate()
    {
        var model = base.Validate();
        if (!model.Successful)
        {
            return model;
        }

        return string.IsNullOrWhiteSpace(Input)
            ? ValidationResult.Error("give --input, the labelled file to evaluate on")
            : ValidationResult.Success();
    }
}
