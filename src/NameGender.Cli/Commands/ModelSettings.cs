using System.ComponentModel;
using System.Globalization;
using NameGender.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>Options shared by the commands that predict with a model.</summary>
internal class ModelSettings : CommandSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("The model file to use. Default: $NAMEGENDER_MODEL, else the bundled model.")]
    public string? Model { get; init; }

    [CommandOption("-t|--threshold <T>")]
    [Description("Unknown threshold on max(p, 1-p), 0.5-1.0. Default: the model's own (0.75 for the bundled one).")]
    public double? Threshold { get; init; }

    [CommandOption("--born <YEARS>")]
    [Description("Only count births in these years, e.g. 1950-1969, 1955 or 1950s.")]
    public string? Born { get; init; }

    [CommandOption("--country <CODE>")]
    [Description("The country (ISO 3166-1 alpha-2, e.g. IT) whose evidence decides when it has any; "
        + "others weigh less, then the character model. Without it, countries are pooled.")]
    public string? Country { get; init; }

    /// <summary>The --country code upper case, or null.</summary>
    public string? CountryCodeOrNull => CountryCode.TryNormalize(Country, out var code) ? code : null;

    public YearPeriod? BornPeriod =>
        Born is null ? null : YearPeriod.TryParse(Born, out var period, out _) ? period : null;

    public override ValidationResult Validate()
    {
        if (Threshold is { } t && !(t >= 0.5 && t <= 1))
        {
            return ValidationResult.Error(
                string.Create(CultureInfo.InvariantCulture, $"--threshold must be within 0.5-1.0; found {t}"));
        }

        if (Born is not null && !YearPeriod.TryParse(Born, out _, out var error))
        {
            return ValidationResult.Error($"--born: {error}");
        }

        if (Country is not null && !CountryCode.TryNormalize(Country, out _))
        {
            return ValidationResult.Error($"--country: expected {CountryCode.Expected}; found '{Country}'");
        }

        return ValidationResult.Success();
    }
}
