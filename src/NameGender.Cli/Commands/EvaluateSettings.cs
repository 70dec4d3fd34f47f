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
