using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class CompareSettings : LabelledFileSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("Give it twice: the two models, files or (with --store) NAME or NAME@VERSION.")]
    public string[] Models { get; init; } = [];

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

    public override ValidationResult Validate()
    {
        if (Models.Length != 2)
        {
            return ValidationResult.Error(
                $"give --model exactly twice, the two models to compare; found {Models.Length}");
        }

        return ValidateLabelledFile("compare on");
    }
}
