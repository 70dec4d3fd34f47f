using System.ComponentModel;
using NameGender.Core.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// The labelled file compare and tune measure on: where the names and their truth are, and which
/// births count.
/// </summary>
internal abstract class LabelledFileSettings : CommandSettings
{
    [CommandOption("-i|--input <FILE>")]
    [Description("Labelled file: name,sex,count, name,births_f,births_m, or any CSV with --truth COLUMN.")]
    public string? Input { get; init; }

    [CommandOption("--truth <COLUMN>")]
    [Description("Column holding one truth per row (F/M/female/male); "
        + "other values are left out and counted.")]
    public string? Truth { get; init; }

    [CommandOption("-c|--column <COLUMN>")]
    [Description("Column holding the names. Default: name.")]
    [DefaultValue("name")]
    public string Column { get; init; } = "name";

    [CommandOption("--born <YEARS>")]
    [Description("Only count births in these years, e.g. 1950-1969.")]
    public string? Born { get; init; }

    public YearPeriod? BornPeriod =>
        Born is not null && YearPeriod.TryParse(Born, out var period, out _) ? period : null;

    /// <summary>Checks --input and --born; <paramref name="use"/> says what the file is for.</summary>
    protected ValidationResult ValidateLabelledFile(string use)
    {
        if (string.IsNullOrWhiteSpace(Input))
        {
            return ValidationResult.Error($"give --input, the labelled file to {use}");
        }

        return Born is not null && !YearPeriod.TryParse(Born, out _, out var error)
            ? ValidationResult.Error($"--born: {error}")
            : ValidationResult.Success();
    }
}
