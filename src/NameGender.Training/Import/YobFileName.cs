using System.Globalization;
using System.Text.RegularExpressions;

namespace NameGender.Training.Import;

/// <summary>
/// Reads the year from an SSA file name such as <c>yob1880.txt</c>: the lines of such a file
/// carry no year of their own.
/// </summary>
internal static partial class YobFileName
{
    public static bool TryGetYear(string fileName, out int year)
    {
        year = 0;
        var match = YobPattern().Match(fileName);
        return match.Success && int.TryParse(
            match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    [GeneratedRegex(
        @"^yob([1-9][0-9]{3})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YobPattern();
}
