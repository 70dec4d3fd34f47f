using NameGender.Core.Evaluation;
using ScottPlot;

namespace NameGender.Reports.Figures;

/// <summary>The benchmark figures over the threshold grid, one line per metric and model.</summary>
internal static class ThresholdFigures
{
    public static ReportFigure Errors(IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = SeriesStyle.NewPlot("unknown threshold on max(p, 1 − p)", "share of names");
        for (var m = 0; m < models.Count; m++)
        {
            var curve = models[m].ThresholdCurve;
            Line(plot, curve, f => f.ErrorCoded, SeriesStyle.ErrorCoded, SeriesStyle.Legend("errorCoded", labels, m), m);
            Line(plot, curve, f => f.ErrorCodedWithoutNa, SeriesStyle.ErrorCodedWithoutNa, SeriesStyle.Legend("errorCodedWithoutNA", labels, m), m);
            Line(plot, curve, f => f.NaCoded, SeriesStyle.NaCoded, SeriesStyle.Legend("naCoded", labels, m), m);
            ThresholdMarker(plot, models[m].Benchmark.Threshold, m);
        }

        plot.Axes.SetLimits(0.5, 1.0, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft);
        return new ReportFigure(
            "threshold-errors",
            "Error and unknowns over thresholds",
            "A higher threshold turns wrong answers (errorCodedWithoutNA) into unknowns (naCoded); errorCoded counts both. "
            + "The vertical line marks the threshold in force.",
            plot);
    }

    public static ReportFigure CoverageAndAccuracy(IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = SeriesStyle.NewPlot("unknown threshold on max(p, 1 − p)", "share");
        for (var m = 0; m < models.Count; m++)
        {
            var curve = models[m].ThresholdCurve;
            Line(plot, curve, f => f.Coverage, SeriesStyle.Coverage, SeriesStyle.Legend("coverage", labels, m), m);
            Line(plot, curve, f => f.AnsweredAccuracy, SeriesStyle.AnsweredAccuracy, SeriesStyle.Legend("accuracy of answered", labels, m), m);
            ThresholdMarker(plot, models[m].Benchmark.Threshold, m);
        }

        plot.Axes.SetLimits(0.5, 1.0, 0, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        return new ReportFigure(
            "threshold-coverage",
            "Coverage against accuracy of the answered names",
            "Each threshold answers a share of the names (coverage) with some accuracy; raising it trades the first for the second.",
            plot);
    }

    public static ReportFigure GenderBias(IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = SeriesStyle.NewPlot("unknown threshold on max(p, 1 − p)", "(male→female − female→male) / classified");
        var extreme = 0.01;
        for (var m = 0; m < models.Count; m++)
        {
            var curve = models[m].ThresholdCurve;
            Line(plot, curve, f => f.ErrorGenderBias, SeriesStyle.GenderBias, SeriesStyle.Legend("errorGenderBias", labels, m), m);
            ThresholdMarker(plot, models[m].Benchmark.Threshold, m);
            extreme = Math.Max(extreme, curve.Max(f => Math.Abs(f.ErrorGenderBias)));
        }

        var zero = plot.Add.HorizontalLine(0, 1, SeriesStyle.Reference, LinePattern.Dotted);
        zero.ExcludeFromLegend = true;
        plot.Axes.SetLimits(0.5, 1.0, -extreme * 1.2, extreme * 1.2);
        plot.ShowLegend(Alignment.UpperRight);
        return new ReportFigure(
            "threshold-gender-bias",
            "Gender bias of the errors over thresholds",
            "Above zero the errors lean female (male names answered female), below zero male.",
            plot);
    }

    private static void Line(
        Plot plot, IReadOnlyList<BenchmarkFigures> curve, Func<BenchmarkFigures, double> value, Color color, string legend, int model)
    {
        var line = plot.Add.ScatterLine(curve.Select(f => f.Threshold).ToArray(), curve.Select(value).ToArray(), color);
        line.LineWidth = 2;
        line.LinePattern = SeriesStyle.PatternOf(model);
        line.LegendText = legend;
    }

    private static void ThresholdMarker(Plot plot, double threshold, int model)
    {
        var marker = plot.Add.VerticalLine(threshold, 1, Colors.Black, SeriesStyle.PatternOf(model));
        marker.ExcludeFromLegend = true;
    }
}
