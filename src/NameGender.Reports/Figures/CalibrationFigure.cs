using System.Globalization;
using ScottPlot;

namespace NameGender.Reports.Figures;

/// <summary>
/// The reliability diagram: mean predicted p_female against the observed share of female names,
/// per bin.
/// </summary>
internal static class CalibrationFigure
{
    public static ReportFigure Create(IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = SeriesStyle.NewPlot(
            "mean predicted p_female in the bin", "share of the bin's names that are female");
        double[] ends = [0, 1];
        var diagonal = plot.Add.ScatterLine(ends, ends, SeriesStyle.Reference);
        diagonal.LinePattern = LinePattern.Dotted;
        diagonal.LegendText = "perfect calibration";

        for (var m = 0; m < models.Count; m++)
        {
            var bins = models[m].Reliability.Bins.Where(b => b.Names > 0).ToList();
            var line = plot.Add.ScatterLine(
                bins.Select(b => b.MeanPFemale).ToArray(),
                bins.Select(b => b.ShareFemale).ToArray(),
                SeriesStyle.ColorOfModel(m));
            line.LineWidth = 2;
            line.MarkerSize = 8;
            line.MarkerShape = m == 0 ? MarkerShape.FilledCircle : MarkerShape.FilledSquare;
            line.LinePattern = SeriesStyle.PatternOf(m);
            var label = labels.Count == 1 ? "model" : labels[m];
            var error = models[m].Reliability.ExpectedCalibrationError;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{label}: ECE {error:0.000}");
        }

        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft);
        return new ReportFigure(
            "calibration",
            "Calibration (reliability diagram)",
            "Names binned by p_female in tenths; a calibrated model's points lie on the diagonal. "
            + "ECE is the gap weighted by the bins' shares of names.",
            plot);
    }
}
