namespace NameGender.Core.Models;

/// <summary>
/// A name's female share across countries for learning: each country's own share counts by
/// log(1 + its evidence), not by its raw count, so the largest country does not decide the label
/// the character model learns. With one country it is that country's share.
/// </summary>
public static class PooledShare
{
    public static double Of(IEnumerable<(double Female, double Male)> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);

        double weighted = 0;
        double weights = 0;
        foreach (var (female, male) in countries)
        {
            var total = female + male;
            if (total <= 0)
            {
                continue;
            }

            var weight = Math.Log(1 + total);
            weighted += weight * female / total;
            weights += weight;
        }

        return weights > 0 ? weighted / weights : 0.5;
    }

    /// <summary>The same share for a looked-up name.</summary>
    public static double Of(NameEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);

        return Of(evidence.Countries.Select(c => ((double)c.Female, (double)c.Male)));
    }
}
