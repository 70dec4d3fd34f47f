using NameGender.Core.Data;

namespace NameGender.Core.Models;

/// <summary>
/// One country's counts of one name: births (or residents) by decade and undated, and the weight
/// of label rows, which are kept apart so nothing downstream mistakes them for births.
/// </summary>
public sealed class CountryEvidence
{
    public CountryEvidence(
        string? country,
        IReadOnlyList<DecadeCount> decades,
        long undatedFemale,
        long undatedMale,
        long labelFemale,
        long labelMale)
    {
        ArgumentNullException.ThrowIfNull(decades);

        Country = country;
        Decades = decades;
        UndatedFemale = undatedFemale;
        UndatedMale = undatedMale;
        LabelFemale = labelFemale;
        LabelMale = labelMale;
        Female = undatedFemale + labelFemale + decades.Sum(d => d.Female);
        Male = undatedMale + labelMale + decades.Sum(d => d.Male);
    }

    /// <summary>The ISO alpha-2 code, or null for sources without a country.</summary>
    public string? Country { get; }

    /// <summary>Counts with a known birth decade, in ascending decade order.</summary>
    public IReadOnlyList<DecadeCount> Decades { get; }

    /// <summary>Counts without a birth year (most national statistics outside the US).</summary>
    public long UndatedFemale { get; }

    public long UndatedMale { get; }

    /// <summary>Label rows times their documented weight: how strongly label lists steer the name.</summary>
    public long LabelFemale { get; }

    public long LabelMale { get; }

    public long Female { get; }

    public long Male { get; }

    public long Total => Female + Male;

    /// <summary>True when all this country knows of the name comes from label lists.</summary>
    public bool IsLabelsOnly => LabelFemale + LabelMale == Total;

    /// <summary>
    /// Counts for births within <paramref name="born"/>. Data come per decade, so a decade the range
    /// cuts contributes the share of its covered years that fall inside the range (births are
    /// assumed spread evenly over a decade). <paramref name="dataYears"/> says which years the data
    /// cover, so a decade the data cover only in part (2020–2024) is not diluted. Undated counts and
    /// labels belong to no decade and count for every range.
    /// </summary>
    public (double Female, double Male) CountsWithin(YearPeriod born, YearPeriod dataYears)
    {
        double female = UndatedFemale + LabelFemale;
        double male = UndatedMale + LabelMale;

        foreach (var decade in Decades)
        {
            var first = Math.Max(decade.Decade, dataYears.First);
            var last = Math.Min(decade.Decade + 9, dataYears.Last);
            if (last < first)
            {
                continue;
            }

            var covered = new YearPeriod(first, last);
            var share = (double)covered.OverlapYears(born) / covered.Years;
            female += share * decade.Female;
            male += share * decade.Male;
        }

        return (female, male);
    }
}
