using System.ComponentModel;
using System.Text;
using NameGender.Cli.Labeling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class LabelSettings : ModelSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The CSV file to label. Its first row must name the columns.")]
    public string File { get; init; } = string.Empty;

    [CommandOption("-c|--column <COLUMN>")]
    [Description("The column holding the names (given names or full names), by its header name.")]
    public string? Column { get; init; }

    [CommandOption("-o|--output <OUT>")]
    [Description(
        "Where to write the labelled CSV (--output=- for standard output): every input row and column in "
        + "order, then gender, p_female, source and reason. UTF-8 without a byte order mark, with the "
        + "input's delimiter and line endings.")]
    public string? Output { get; init; }

    [CommandOption("--born-column <COL>")]
    [Description(
        "A column of birth years (1950-1969, 1955 or 1950s) to count births in; blank cells use --born.")]
    public string? BornColumn { get; init; }

    [CommandOption("--country-column <COL>")]
    [Description(
        "A column of ISO 3166-1 alpha-2 country codes to predict with; blank cells use --country. A cell "
        + "that is no country code leaves its row unlabelled and reported, like any unreadable row.")]
    public string? CountryColumn { get; init; }

    [CommandOption("-d|--delimiter <CHAR>")]
    [Description("The input's field delimiter, which the output keeps: , ; | or tab.")]
    [DefaultValue(",")]
    public string Delimiter { get; init; } = ",";

    [CommandOption("--encoding <NAME>")]
    [Description(
        "The input's encoding, any .NET name: utf-8 (the default; a byte order mark is honoured), "
        + "windows-1252, iso-8859-1... The output is UTF-8 whatever the input.")]
    public string? Encoding { get; init; }

    [CommandOption("--prefix <P>")]
    [Description(
        "Name the added columns P_gender, P_p_female, P_source, P_reason: needed when the input already "
        + "has a column called gender, p_female, source or reason.")]
    public string? Prefix { get; init; }

    public char DelimiterChar => Delimiters.Parse(Delimiter, out _) ?? ',';

    public Encoding? InputEncoding => Encoding is null ? null : InputEncodings.Find(Encoding, out _);

    public override ValidationResult Validate()
    {
        var model = base.Validate();
        if (!model.Successful)
        {
            return model;
        }

        if (string.IsNullOrWhiteSpace(Column))
        {
            return ValidationResult.Error("give --column, the header name of the column holding the names");
        }

        if (string.IsNullOrWhiteSpace(Output))
        {
            return ValidationResult.Error("give --output, the file to write, or - for standard output");
        }

        if (Delimiters.Parse(Delimiter, out var delimiterError) is null)
        {
            return ValidationResult.Error(delimiterError!);
        }

        if (Encoding is not null && InputEncodings.Find(Encoding, out var encodingError) is null)
        {
            return ValidationResult.Error($"--encoding: {encodingError}");
        }

        if (Prefix is not null && string.IsNullOrWhiteSpace(Prefix))
        {
            return ValidationResult.Error("--prefix must not be blank");
        }

        return ValidationResult.Success();
    }
}
