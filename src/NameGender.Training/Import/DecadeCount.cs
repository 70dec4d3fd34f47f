using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>
/// One snapshot row: births of a name and sex in a decade (null when unknown) and a country (null
/// when none).
/// </summary>
internal readonly record struct DecadeCount(string Name, Sex Sex, int? Decade, long Births, string? Country)
{
    /// <summary>Snapshot order: name (ordinal), F before M, decade with unknown first, country.</summary>
    public static int Compare(DecadeCount left, DecadeCount right)
    {
        var byName = string.CompareOrdinal(left.Name, right.Name);
        if (byName != 0)
        {
            return byName;
        }

        var bySex = left.Sex.CompareTo(right.Sex);
        if (bySex != 0)
        {
            return bySex;
        }

        var byDecade = Nullable.Compare(left.Decade, right.Decade);
        return byDecade != 0 ? byDecade : string.CompareOrdinal(left.Country, right.Country);
    }
}
