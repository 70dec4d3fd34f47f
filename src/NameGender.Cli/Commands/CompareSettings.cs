using System.ComponentModel;
using NameGender.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class CompareSettings : CommandSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("Give it twice: the two models, files or (with --store) NAME or NAME@VERSION.")]
    public string[] Models { get; init; } = [];

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

    [CommandOption("--json")]
    [Description("Print both models' figures and their disagreements as JSON on standard output.")]
    public bool Json { get; init; }

    [CommandOption("--report <HTML>")]
    [Description("Also write an HTML report with both models on the same figures.")]
    public string? Report { get; init; }

    [CommandOption("--figures <FOLDER>")]
    [Description("Also write the report's figures as PNG files into this folder.")]
    public string? Figures { get; init; }

    [CommandOption("-s|--store <STORE>")]
    [Description("Take the models from this model store (folder or s3://bucket/prefix).")]
    public string? Store { get; init; }

    [CommandOption("--s3-endpoint <URL>")]
    [Description("An S3-compatible server for --store s3://… (path-style addressing).")]
    public string? S3Endpoint { get; init; }

    public YearPeriod? BornPeriod =>
        Born is not null && YearPeriod.TryParse(Born, out var period, out _) ? period : null;

    public override ValidationResult Validate()
    {
        if (Models.Length != 2)
        {
            return ValidationResult.Error(
                $"give --model exactly twice, the two models to compare; found {Models.Length}");
        }

        if (Born is not null && !YearPeriod.TryParse(Born, out _, out var error))
        {
            return ValidationResult.Error($"--born: {error}");
        }

        return string.IsNullOrWhiteSpace(Input)
            ? ValidationResult.Error("give --input, the labelled file to compare on")
            : ValidationResult.Success();
    }
}
