using NameGender.Core.Data;
using NameGender.Core.Models;

namespace NameGender.Cli.Infrastructure;

/// <summary>
/// Refuses a --born range the model's data never reach: no birth would count, and every name
/// would quietly fall back on the character model.
/// </summary>
internal static class BornRange
{
    public static void CheckAgainst(YearPeriod? born, GenderModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        if (born is { } asked && model.Lookup.DataYears is { } data && asked.OverlapYears(data) == 0)
        {
            throw new CliUsageException(
                $"--born {asked}: this model's data cover {data} only, so no birth in that range "
                    + "would count; pick years inside it or leave --born out");
        }
    }
}
