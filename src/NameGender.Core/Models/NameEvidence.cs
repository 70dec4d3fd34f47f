namespace NameGender.Core.Models;

/// <summary>Everything the lookup knows about one name key: its counts per country and its prior.</summary>
public sealed class NameEvidence
{
    public NameEvidence(IReadOnlyList<CountryEvidence> countries, float prior)
    {
        ArgumentNullException.ThrowIfNull(countries);

        Countries = countries;
        Prior = prior;
        Female = countries.Sum(c => c.Female);
        Male = countries.Sum(c => c.Male);
    }

    /// <summary>The countries with counts of the name, in ordinal order of their codes (none first).</summary>
    public IReadOnlyList<CountryEvidence> Countries { get; }

    /// <summary>
    /// The character model's P(female) for this name: the mean of the smoothing prior, so a name
    /// seen a handful of times leans towards what its spelling suggests instead of 0 or 1.
    /// </summary>
    public float Prior { get; }

    /// <summary>Female counts summed over every country (for spelling neighbours, not for estimates).</summary>
    public long Female { get; }

    public long Male { get; }

    public long Total => Female + Male;

    /// <summary>The evidence of one country, or null when it has none for this name.</summary>
    public CountryEvidence? For(string country)
    {
        foreach (var evidence in Countries)
        {
            if (string.Equals(evidence.Country, country, StringComparison.Ordinal))
            {
                return evidence;
            }
        }

        return null;
    }
}
