using System.ComponentModel;
using NameGender.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class ModelsShowSettings : ModelsSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The stored model.")]
    public string Name { get; init; } = string.Empty;

    [CommandArgument(1, "[VERSION]")]
    [Description("A version id, or a prefix of one only it has. Default: the promoted version.")]
    public string? Version { get; init; }

    [CommandOption("--json")]
    [Description("Print the version and its full manifest as JSON on standard output.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        ModelName.Validate(Name) is { } error ? ValidationResult.Error(error) : ValidationResult.Success();
}
