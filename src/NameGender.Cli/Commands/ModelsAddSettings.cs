using System.ComponentModel;
using NameGender.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class ModelsAddSettings : ModelsSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The stored model to add a version to.")]
    public string Name { get; init; } = string.Empty;

    [CommandArgument(1, "<MODEL>")]
    [Description("A model file (.ngmodel); it is loaded and checked before it is stored.")]
    public string File { get; init; } = string.Empty;

    public override ValidationResult Validate() =>
        ModelName.Validate(Name) is { } error ? ValidationResult.Error(error) : ValidationResult.Success();
}
