using NameGender.Core.Models;

namespace NameGender.Training;

/// <summary>One name key's counts, per country ("" for sources without one).</summary>
internal sealed class NameTotals
{
    public SortedDictionary<string, CountryTotals> Countries { get; } = new(StringComparer.Ordinal);

    public long Female => Countries.Values.Sum(c => c.Female);

    public long Male => Countries.Values.Sum(c => c.Male);

    public long Total => Female + Male;

    public CountryTotals For(string? country)
    {
        var code = country ?? string.Empty;
        if (!Countries.TryGetValue(code, out var totals))
        {
            totals = new CountryTotals();
            Countries[code] = totals;
        }

        return totals;
    }

    /// <summary>The female share the character model learns (see <see cref="PooledShare"/>).</summary>
    public double PooledFemaleShare() =>
        PooledShare.Of(Countries.Values.Select(c => ((double)c.Female, (double)c.Male)));
}
