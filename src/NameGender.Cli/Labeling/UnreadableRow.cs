using System.Globalization;

namespace NameGender.Cli.Labeling;

/// <summary>
/// A row that could not be read as the header says (bad quoting, a field count different from the
/// header, an unparsable birth year). It is still written, with gender unknown and the problem as
/// its reason.
/// </summary>
/// <param name="File">The input's name as messages show it.</param>
/// <param name="Line">The 1-based line where the row starts, counting lines inside quoted fields.</param>
/// <param name="Problem">What is wrong, e.g. "3 fields, header has 5".</param>
internal sealed record UnreadableRow(string File, long Line, string Problem)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}: {Problem}");
}
