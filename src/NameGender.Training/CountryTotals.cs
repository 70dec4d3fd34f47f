namespace NameGender.Training;

/// <summary>One name's counts in one country: births by decade, undated births, and label weight.</summary>
internal sealed class CountryTotals
{
    public SortedDictionary<int, (long Female, long Male)> Decades { get; } = [];

    public long UndatedFemale { get; private set; }

    public long UndatedMale { get; private set; }

    public long LabelFemale { get; private set; }

    public long LabelMale { get; private set; }

    public long Female { get; private set; }

    public long Male { get; private set; }

    public long Total => Female + Male;

    public void AddBirths(bool female, int? decade, long count)
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

        AddToTotal(female, count);
    }

    public void AddLabel(bool female, long weight)
    {
        if (female)
        {
            LabelFemale = checked(LabelFemale + weight);
        }
        else
        {
            LabelMale = checked(LabelMale + weight);
        }

        AddToTotal(female, weight);
    }

    private void AddToTotal(bool female, long count)
    {
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
