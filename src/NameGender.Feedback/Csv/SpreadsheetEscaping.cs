namespace NameGender.Feedback.Csv;

/// <summary>
/// The export escapes a text cell that a spreadsheet would run as a formula with a leading
/// apostrophe (CsvHelper's injection escape: =, +, -, @, tab, CR). The importer takes that
/// apostrophe off again, so an exported file imports unchanged.
/// </summary>
public static class SpreadsheetEscaping
{
    private const string Triggers = "=+-@\t\r";

    public static string? Unescape(string? cell) =>
        cell is { Length: > 1 } && cell[0] == '\'' && Triggers.Contains(cell[1], StringComparison.Ordinal)
            ? cell[1..]
            : cell;
}
