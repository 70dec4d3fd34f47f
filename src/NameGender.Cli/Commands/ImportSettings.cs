using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class ImportSettings : ImportInputSettings
{
    [CommandOption("-o|--output <FILE>")]
    [Description("The snapshot to write: gzipped CSV name,sex,decade,births, summed per name, sex and decade.")]
    public string? Output { get; init; }

    public override ValidationResult Validate()
    {
        var inputs = base.Validate();
        if (!inputs.Successful)
        {
            return inputs;
        }

        return string.IsNullOrWhiteSpace(Output)
            ? ValidationResult.Error("give --output, the snapshot file to write")
            : ValidationResult.Success();
    }
}
