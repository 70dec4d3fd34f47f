using System.Globalization;
using NameGender.Core.Evaluation;
using NameGender.Core.Predictions;

namespace NameGender.Reports;

/// <summary>How the reports write numbers and answers, and the definitions they share.</summary>
internal static class ReportText
{
    /// <summary>Thresholds the threshold tables show, besides the one in force.</summary>
    public static readonly double[] TableThresholds = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99];

    public static readonly (string Term, string Meaning)[] Definitions =
    [
        ("accuracy",
            "share of names whose majority sex the model gets right, reading p_female ≥ 0.5 as female, "
            + "whatever the threshold."),
        ("coverage", "share of names answered female or male at the threshold (1 − naCoded)."),
        ("accuracy of answered", "share of the answered names that are right (1 − errorCodedWithoutNA)."),
        ("errorCoded",
            "(misclassified + unknown) / all names (Santamaría and Mihaljević, PeerJ Computer Science "
            + "4:e156, 2018)."),
        ("errorCodedWithoutNA", "misclassified / classified names."),
        ("naCoded", "unknown / all names."),
        ("errorGenderBias",
            "(male names answered female − female names answered male) / classified names; positive "
            + "errors lean female."),
        ("expected calibration error",
            "the gap between mean p_female and the share of female names in ten equal-width bins, "
            + "weighted by the bins' shares."),
        ("frequent, rare, unseen",
            "names whose answer rests on at least 1,000 counted births, on 1–999, or on no counts at all "
            + "(the character model, or nothing)."),
        ("truth",
            "each name's majority sex in the labelled file (ties read as female); one-truth-per-row files "
            + "count each row."),
    ];

    public static string Share(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Signed(double value) =>
        value.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);

    public static string Threshold(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Probability(double? value) =>
        value is double p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    public static string Answer(Gender gender) => gender.ToString().ToLowerInvariant();

    public static string Source(PredictionSource source) => source.ToString().ToLowerInvariant();

    /// <summary>
    /// The threshold table's rows: the grid points in <see cref="TableThresholds"/> plus the one in force.
    /// </summary>
    public static IEnumerable<BenchmarkFigures> TableRows(ModelEvaluation evaluation)
    {
        var chosen = evaluation.Benchmark.Threshold;
        return evaluation.ThresholdCurve
            .Where(f => TableThresholds.Any(t => Math.Abs(t - f.Threshold) < 1e-9))
            .Append(evaluation.Benchmark)
            .DistinctBy(f => Math.Round(f.Threshold, 6))
            .OrderBy(f => f.Threshold)
            .Select(f => Math.Abs(f.Threshold - chosen) < 1e-9 ? evaluation.Benchmark : f);
    }
}
