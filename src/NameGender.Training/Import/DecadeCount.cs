using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>One snapshot row: births of a name and sex in a decade (null when unknown).</summary>
internal readonly record struct DecadeCount(string Name, Sex Sex, int? Decade, long Births)
{
    /// <summary>Snapshot order: name (ordinal), F before M, decade with unknown first.</summary>
    public static int Compare(DecadeCount left, DecadeCount right)
    {
        var byName = string.CompareOrdinal(left.Name, right.Name);
        if (byName != 0)
        {
            return byName;
        }

        var bySex = left.Sex.CompareTo(right.Sex);
        return bySex != 0 ? bySex : Nullable.Compare(left.Decade, right.Decade);
    }
}
