using System.ComponentModel;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class PredictSettings : ModelSettings
{
    [CommandArgument(0, "[NAMES]")]
    [Description("Names or full names. Without any, names are read from standard input, one per line.")]
    public string[] Names { get; init; } = [];

    [CommandOption("--json")]
    [Description("Print a JSON array of predictions instead of a table.")]
    public bool Json { get; init; }
}
