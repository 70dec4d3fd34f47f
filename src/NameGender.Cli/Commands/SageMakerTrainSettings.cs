using System.ComponentModel;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class SageMakerTrainSettings : CommandSettings
{
    [CommandOption("-v|--verbose")]
    [Description("Log progress details to standard error.")]
    public bool Verbose { get; init; }
}
