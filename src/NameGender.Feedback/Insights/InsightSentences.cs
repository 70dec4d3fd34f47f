using System.Globalization;

namespace NameGender.Feedback.Insights;

/// <summary>The verdicts, in the words a manager reads: the size, its interval, and whether it holds.</summary>
internal static class InsightSentences
{
    public const string TooFew =
        "There are too few identified, rated records yet to compare women and men; " +
        "identify the genders of more feedback.";

    private const string Meaningful = "the difference is statistically meaningful.";
    private const string NotMeaningful = "the data cannot tell them apart.";

    public static string Rating(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);

        var direction = comparison.Difference >= 0 ? "higher" : "lower";
        return Invariant($"Women rate the service {Math.Abs(comparison.Difference):0.00} points {direction} ")
            + Invariant($"than men (95% CI {comparison.Low:0.00} to {comparison.High:0.00}); ")
            + Verdict(comparison);
    }

    public static string Share(string label, Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);

        var direction = comparison.Difference >= 0 ? "higher" : "lower";
        return Invariant($"Women's share of {label} feedback is {Math.Abs(comparison.Difference) * 100:0.0} ")
            + Invariant($"percentage points {direction} than men's ")
            + Invariant($"(95% CI {comparison.Low * 100:0.0} to {comparison.High * 100:0.0}); ")
            + Verdict(comparison);
    }

    private static string Verdict(Comparison comparison) => comparison.Meaningful ? Meaningful : NotMeaningful;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
