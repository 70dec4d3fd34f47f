using System.Globalization;

namespace NameGender.Core.Data;

/// <summary>An inclusive span of birth years: one year, a decade, or a range a user asks for.</summary>
public readonly record struct YearPeriod
{
    public YearPeriod(int first, int last)
    {
        if (last < first)
        {
            throw new ArgumentException($"A year period ends ({last}) before it starts ({first}).");
        }

        First = first;
        Last = last;
    }

    public int First { get; }

    public int Last { get; }

    public int Years => Last - First + 1;

    public static YearPeriod Year(int year) => new(year, year);

    public static YearPeriod DecadeOf(int year)
    {
        var start = year - (((year % 10) + 10) % 10);
        return new YearPeriod(start, start + 9);
    }

    /// <summary>How many years this period shares with <paramref name="other"/>.</summary>
    public int OverlapYears(YearPeriod other) =>
        Math.Max(0, Math.Min(Last, other.Last) - Math.Max(First, other.First) + 1);

    /// <summary>
    /// Parses "1950-1969", "1950–1969", "1955" or "1950s"; returns false with a message otherwise.
    /// </summary>
    public static bool TryParse(string? text, out YearPeriod period, out string? error)
    {
        period = default;
        error = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = "the birth-year range is empty; expected e.g. 1950-1969";
            return false;
        }

        if (trimmed.EndsWith('s') && TryYear(trimmed[..^1], out var decade) && decade % 10 == 0)
        {
            period = new YearPeriod(decade, decade + 9);
            return true;
        }

        var parts = trimmed.Split(['-', '–', '—', ':'], 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && TryYear(parts[0], out var single))
        {
            period = Year(single);
            return true;
        }

        if (parts.Length == 2 && TryYear(parts[0], out var first) && TryYear(parts[1], out var last))
        {
            if (last < first)
            {
                error = $"the birth-year range '{trimmed}' ends before it starts";
                return false;
            }

            period = new YearPeriod(first, last);
            return true;
        }

        error = $"'{trimmed}' is not a birth-year range; expected e.g. 1950-1969, 1955 or 1950s";
        return false;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
        && year is >= 1000 and <= 9999;

    public override string ToString() =>
        First == Last
            ? First.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{First}-{Last}");
}
