using System.Globalization;
using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>How the fields of every source are read, and what each was expected to hold.</summary>
internal static class FieldRules
{
    public const string NameExpected = "a name";
    public const string SexExpected =
        "F, M, female or male (or ?, U, unknown, X or blank when unknown)";
    public const string CountExpected = "a whole number >= 0";
    public const string YearExpected = "a 4-digit year from 1000 to 9999";
    public const string DecadeExpected = "the first year of a decade, such as 1950";

    private const NumberStyles WholeNumber =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public static SexReading ReadSex(ReadOnlySpan<char> text)
    {
        var value = text.Trim();

        if (value.Equals("F", StringComparison.OrdinalIgnoreCase)
            || value.Equals("female", StringComparison.OrdinalIgnoreCase))
        {
            return SexReading.Female;
        }

        if (value.Equals("M", StringComparison.OrdinalIgnoreCase)
            || value.Equals("male", StringComparison.OrdinalIgnoreCase))
        {
            return SexReading.Male;
        }

        var unknown = value.IsEmpty
            || value.Equals("?", StringComparison.Ordinal)
            || value.Equals("U", StringComparison.OrdinalIgnoreCase)
            || value.Equals("X", StringComparison.OrdinalIgnoreCase)
            || value.Equals("unknown", StringComparison.OrdinalIgnoreCase);
        return unknown ? SexReading.Unknown : SexReading.Invalid;
    }

    public static Sex ToSex(SexReading reading) => reading switch
    {
        SexReading.Female => Sex.Female,
        SexReading.Male => Sex.Male,
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, "Not a known sex."),
    };

    public static bool TryReadCount(ReadOnlySpan<char> text, out long count) =>
        long.TryParse(text, WholeNumber, CultureInfo.InvariantCulture, out count);

    public static bool TryReadYear(ReadOnlySpan<char> text, out int year)
    {
        var value = text.Trim();
        year = 0;
        return value.Length == 4
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && IsYear(year);
    }

    public static bool TryReadDecade(ReadOnlySpan<char> text, out YearPeriod decade)
    {
        decade = default;
        if (!TryReadYear(text, out var start) || start % 10 != 0)
        {
            return false;
        }

        decade = YearPeriod.DecadeOf(start);
        return true;
    }

    public static bool IsYear(long year) => year is >= 1000 and <= 9999;
}
