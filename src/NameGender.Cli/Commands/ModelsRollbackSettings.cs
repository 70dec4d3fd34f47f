using System.ComponentModel;
using NameGender.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class ModelsRollbackSettings : ModelsSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The stored model.")]
    public string Name { get; init; } = string.Empty;

    public override ValidationResult Validate() =>
        ModelName.Validate(Name) is { } error ? ValidationResult.Error(error) : ValidationResult.Success();
}
