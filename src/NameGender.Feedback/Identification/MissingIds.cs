namespace NameGender.Feedback.Identification;

/// <summary>The ids a run was asked for that no record has, reported instead of failing the run.</summary>
internal static class MissingIds
{
    public static IReadOnlyList<long> Of(IReadOnlyCollection<long>? asked, IEnumerable<long> found)
    {
        if (asked is null)
        {
            return [];
        }

        var present = found.ToHashSet();
        return asked.Where(id => !present.Contains(id)).Distinct().Order().ToList();
    }
}
