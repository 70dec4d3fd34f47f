namespace NameGender.Training;

/// <summary>One name key's counts, dated per decade and undated.</summary>
internal sealed class NameTotals
{
    public SortedDictionary<int, (long Female, long Male)> Decades { get; } = [];

    public long UndatedFemale { get; set; }

    public long UndatedMale { get; set; }

    public long Female { get; private set; }

    public long Male { get; private set; }

    public long Total => Female + Male;

    public void Add(bool female, int? decade, long count)
    {
        if (decade is int d)
        {
            var (f, m) = Decades.GetValueOrDefault(d);
            Decades[d] = female ? (checked(f + count), m) : (f, checked(m + count));
        }
        else if (female)
        {
            UndatedFemale = checked(UndatedFemale + count);
        }
        else
        {
            UndatedMale = checked(UndatedMale + count);
        }

        if (female)
        {
            Female = checked(Female + count);
        }
        else
        {
            Male = checked(Male + count);
        }
    }
}
