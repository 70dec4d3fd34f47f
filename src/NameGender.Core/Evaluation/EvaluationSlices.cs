using System.Globalization;

namespace NameGender.Core.Evaluation;

/// <summary>
/// The evaluated names cut three ways: by the evidence the model had for them, by how common they
/// are in the labelled file, and by a grouping column.
/// </summary>
public static class EvaluationSlices
{
    /// <summary>
    /// Lookup births at and above which a name counts as frequent. With the prior's strength of 2
    /// pseudo-births even a few births decide p_female; 1,000 separates the names whose counts are
    /// stable from decade to decade from the long tail (one SSA name in nine reaches it).
    /// </summary>
    public const long FrequentEvidence = 1_000;

    public const string Frequent = "frequent";
    public const string Rare = "rare";
    public const string Unseen = "unseen";

    // Lower edges of the bands of births in the labelled file, largest first.
    private static readonly double[] FileBands = [10_000, 1_000, 100, 0];

    /// <summary>
    /// frequent (lookup evidence ≥ 1,000 births), rare (1–999) and unseen (no lookup entry: the
    /// character model or nothing answered), in that order, empty slices included.
    /// </summary>
    public static IReadOnlyList<SliceFigures> ByEvidence(IReadOnlyList<EvaluatedName> names, double threshold)
    {
        ArgumentNullException.ThrowIfNull(names);

        var frequent = names.Where(n => n.Prediction.Evidence >= FrequentEvidence).ToList();
        var rare = names.Where(n => n.Prediction.Evidence is > 0 and < FrequentEvidence).ToList();
        var unseen = names.Where(n => n.Prediction.Evidence == 0).ToList();
        return
        [
            SliceFigures.Of(Frequent, frequent, threshold),
            SliceFigures.Of(Rare, rare, threshold),
            SliceFigures.Of(Unseen, unseen, threshold),
        ];
    }

    /// <summary>
    /// Bands of each name's births in the labelled file (≥ 10,000, 1,000–9,999, 100–999, under 100);
    /// empty bands left out.
    /// </summary>
    public static IReadOnlyList<SliceFigures> ByFileFrequency(
        IReadOnlyList<EvaluatedName> names, double threshold)
    {
        ArgumentNullException.ThrowIfNull(names);

        var slices = new List<SliceFigures>();
        for (var i = 0; i < FileBands.Length; i++)
        {
            var lower = FileBands[i];
            var upper = i == 0 ? double.PositiveInfinity : FileBands[i - 1];
            var band = names.Where(n => n.Truth.Total >= lower && n.Truth.Total < upper).ToList();
            if (band.Count > 0)
            {
                slices.Add(SliceFigures.Of(BandLabel(lower, upper), band, threshold));
            }
        }

        return slices;
    }

    /// <summary>
    /// One slice per value of the grouping column, largest first; names without a group are "(none)".
    /// </summary>
    public static IReadOnlyList<SliceFigures> ByGroup(IReadOnlyList<EvaluatedName> names, double threshold)
    {
        ArgumentNullException.ThrowIfNull(names);

        return
        [
            .. names
                .GroupBy(
                    n => string.IsNullOrWhiteSpace(n.Truth.Group) ? "(none)" : n.Truth.Group.Trim(),
                    StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => SliceFigures.Of(g.Key, [.. g], threshold)),
        ];
    }

    private static string BandLabel(double lower, double upper) => double.IsPositiveInfinity(upper)
        ? string.Create(CultureInfo.InvariantCulture, $"≥ {lower:N0} births")
        : lower == 0
            ? string.Create(CultureInfo.InvariantCulture, $"under {upper:N0} births")
            : string.Create(CultureInfo.InvariantCulture, $"{lower:N0}–{upper - 1:N0} births");
}
