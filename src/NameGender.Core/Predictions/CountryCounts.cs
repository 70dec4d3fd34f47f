using System.Globalization;
using NameGender.Core.Data;
using NameGender.Core.Models;

namespace NameGender.Core.Predictions;

/// <summary>One country's female and male counts of a name, within the asked birth years.</summary>
internal sealed record CountryCounts(string? Country, double Female, double Male)
{
    public double Total => Female + Male;

    /// <summary>Every country's counts of the name, leaving out countries with none in the range.</summary>
    public static List<CountryCounts> Within(NameEvidence evidence, YearPeriod? born, YearPeriod? dataYears)
    {
        var counts = new List<CountryCounts>(evidence.Countries.Count);
        foreach (var country in evidence.Countries)
        {
            var (female, male) = born is { } range && dataYears is { } years
                ? country.CountsWithin(range, years)
                : (country.Female, country.Male);
            if (female + male > 0)
            {
                counts.Add(new CountryCounts(country.Country, female, male));
            }
        }

        return counts;
    }

    /// <summary>
    /// The reason to answer unknown when countries with enough evidence confidently disagree, e.g.
    /// "countries disagree: IT male (p_female 0.02, 4,120), US female (p_female 0.98, 41,316)";
    /// null when they do not.
    /// </summary>
    public static string? Disagreement(
        List<CountryCounts> counts, float prior, double strength, CountryPooling pooling)
    {
        CountryCounts? female = null;
        CountryCounts? male = null;
        double femaleP = 0;
        double maleP = 1;
        foreach (var c in counts)
        {
            if (c.Total < pooling.DisagreementEvidence)
            {
                continue;
            }

            var p = (c.Female + (strength * prior)) / (c.Total + strength);
            if (p >= pooling.DisagreementConfidence && (female is null || c.Total > female.Total))
            {
                (female, femaleP) = (c, p);
            }
            else if (1 - p >= pooling.DisagreementConfidence && (male is null || c.Total > male.Total))
            {
                (male, maleP) = (c, p);
            }
        }

        if (female is null || male is null)
        {
            return null;
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"countries disagree: {Name(male)} male (p_female {maleP:0.00}, {male.Total:N0}), {Name(female)} female (p_female {femaleP:0.00}, {female.Total:N0})");
    }

    private static string Name(CountryCounts counts) => counts.Country ?? "sources without a country";
}
