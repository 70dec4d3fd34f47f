using System.ComponentModel;
using NameGender.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>Options of the commands that act on one version of a stored model: promote, delete.</summary>
internal sealed class ModelsVersionSettings : ModelsSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The stored model.")]
    public string Name { get; init; } = string.Empty;

    [CommandArgument(1, "<VERSION>")]
    [Description("The version id (promote also takes a prefix only one version has).")]
    public string Version { get; init; } = string.Empty;

    public override ValidationResult Validate() =>
        ModelName.Validate(Name) is { } error ? ValidationResult.Error(error) : ValidationResult.Success();
}
