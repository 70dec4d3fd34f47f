using System.Globalization;
using NameGender.Core.Evaluation;
using ScottPlot;

namespace NameGender.Reports.Figures;

/// <summary>Accuracy, coverage and accuracy of the answered names, side by side for each slice.</summary>
internal static class SliceFigure
{
    public static ReportFigure Create(string name, string title, IReadOnlyList<SliceFigures> slices)
    {
        var plot = SeriesStyle.NewPlot(string.Empty, "share of the slice's names");
        (string Legend, Color Color, Func<SliceFigures, double> Value)[] measures =
        [
            ("accuracy (p ≥ 0.5 read as female)", SeriesStyle.Accuracy, s => s.Accuracy),
            ("coverage at the threshold", SeriesStyle.Coverage, s => s.Coverage),
            ("accuracy of answered", SeriesStyle.AnsweredAccuracy, s => s.AnsweredAccuracy),
        ];

        var stride = measures.Length + 1;
        for (var k = 0; k < measures.Length; k++)
        {
            var (legend, color, value) = measures[k];
            var bars = plot.Add.Bars(
                slices.Select((_, i) => (double)((i * stride) + k)),
                slices.Select(value));
            bars.Color = color;
            bars.LegendText = legend;
        }

        plot.Axes.Bottom.SetTicks(
            [.. slices.Select((_, i) => (double)((i * stride) + 1))],
            [.. slices.Select(Label)]);
        plot.Axes.SetLimits(-1, (slices.Count * stride) - 1, 0, 1.25);
        plot.ShowLegend(Alignment.UpperRight);
        const string Caption =
            "Bars per slice: accuracy, coverage at the threshold, accuracy of the answered names.";
        return new ReportFigure(name, title, Caption, plot);
    }

    private static string Label(SliceFigures slice) =>
        string.Create(CultureInfo.InvariantCulture, $"{slice.Slice}\n{slice.Names:N0} names");
}
