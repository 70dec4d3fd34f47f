using ScottPlot;

namespace NameGender.Reports.Figures;

/// <summary>
/// One look for every figure: a colour per metric, a line pattern per model (the first solid,
/// the second dashed), so a comparison reads at a glance and prints in grey.
/// </summary>
internal static class SeriesStyle
{
    public static readonly Color ErrorCoded = Color.FromHex("#d62728");
    public static readonly Color ErrorCodedWithoutNa = Color.FromHex("#ff7f0e");
    public static readonly Color NaCoded = Color.FromHex("#7f7f7f");
    public static readonly Color Coverage = Color.FromHex("#1f77b4");
    public static readonly Color AnsweredAccuracy = Color.FromHex("#2ca02c");
    public static readonly Color Accuracy = Color.FromHex("#9467bd");
    public static readonly Color GenderBias = Color.FromHex("#8c564b");
    public static readonly Color Reference = Color.FromHex("#aaaaaa");

    private static readonly Color[] ModelColors = [Color.FromHex("#1f77b4"), Color.FromHex("#d62728")];

    public static LinePattern PatternOf(int model) => model == 0 ? LinePattern.Solid : LinePattern.Dashed;

    public static Color ColorOfModel(int model) => ModelColors[model % ModelColors.Length];

    /// <summary>
    /// The legend text of a metric's line: plain for one model, with the model's label for two.
    /// </summary>
    public static string Legend(string metric, IReadOnlyList<string> models, int model) =>
        models.Count == 1 ? metric : $"{metric} ({models[model]})";

    public static Plot NewPlot(string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Font.Set("DejaVu Sans");
        return plot;
    }
}
