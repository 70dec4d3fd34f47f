using NameGender.Core.Data;

namespace NameGender.Core.Models;

/// <summary>Everything the lookup knows about one name key.</summary>
public sealed class NameEvidence
{
    public NameEvidence(IReadOnlyList<DecadeCount> decades, long undatedFemale, long undatedMale, float prior)
    {
        ArgumentNullException.ThrowIfNull(decades);

        Decades = decades;
        UndatedFemale = undatedFemale;
        UndatedMale = undatedMale;
        Prior = prior;
        Female = undatedFemale + decades.Sum(d => d.Female);
        Male = undatedMale + decades.Sum(d => d.Male);
    }

    /// <summary>Counts with a known birth decade, in ascending decade order.</summary>
    public IReadOnlyList<DecadeCount> Decades { get; }

    /// <summary>Counts without a birth year (label files, counts without a year column).</summary>
    public long UndatedFemale { get; }

    public long UndatedMale { get; }

    /// <summary>
    /// The character model's P(female) for this name: the mean of the smoothing prior, so a name
    /// seen a handful of times leans towards what its spelling suggests instead of 0 or 1.
    /// </summary>
    public float Prior { get; }

    public long Female { get; }

    public long Male { get; }

    public long Total => Female + Male;

    /// <summary>
    /// Counts for births within <paramref name="born"/>. Data come per decade, so a decade the range
    /// cuts contributes the share of its covered years that fall inside the range (births are
    /// assumed spread evenly over a decade). <paramref name="dataYears"/> says which years the data
    /// cover, so a decade the data cover only in part (2020–2024) is not diluted. Undated counts
    /// belong to no decade and count for every range.
    /// </summary>
    public (double Female, double Male) CountsWithin(YearPeriod born, YearPeriod dataYears)
    {
        double female = UndatedFemale;
        double male = UndatedMale;

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
