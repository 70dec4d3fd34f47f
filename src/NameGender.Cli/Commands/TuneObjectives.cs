using NameGender.Core.Evaluation;

namespace NameGender.Cli.Commands;

/// <summary>
/// The objective names tune takes: the benchmark's own spelling (errorCoded, errorCodedWithoutNA, …).
/// </summary>
internal static class TuneObjectives
{
    private static readonly Dictionary<string, TuningObjective> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["errorCoded"] = TuningObjective.ErrorCoded,
        ["errorCodedWithoutNA"] = TuningObjective.ErrorCodedWithoutNa,
        ["naCoded"] = TuningObjective.NaCoded,
        ["errorGenderBias"] = TuningObjective.ErrorGenderBias,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static TuningObjective? Parse(string? name) =>
        name is not null && ByName.TryGetValue(name, out var objective) ? objective : null;

    public static string NameOf(TuningObjective objective) => ByName.First(e => e.Value == objective).Key;
}
