using System.ComponentModel;
using NameGender.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class ModelsListSettings : ModelsSettings
{
    [CommandArgument(0, "[NAME]")]
    [Description("A stored model: list its versions. Without it, list the models.")]
    public string? Name { get; init; }

    [CommandOption("--json")]
    [Description("Print the list as JSON on standard output.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Name is not null && ModelName.Validate(Name) is { } error
            ? ValidationResult.Error(error)
            : ValidationResult.Success();
}
