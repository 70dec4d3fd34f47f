using NameGender.Core.Evaluation;
using ScottPlot;

namespace NameGender.Reports.Figures;

/// <summary>The benchmark figures over the threshold grid, one line per metric and model.</summary>
internal static class ThresholdFigures
{
    private const string ThresholdAxis = "unknown threshold on max(p, 1 − p)";

    public static ReportFigure Errors(IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = SeriesStyle.NewPlot(ThresholdAxis, "share of names");
        for (var m = 0; m < models.Count; m++)
        {
            var curve = models[m].ThresholdCurve;
            var line = new CurveLine(plot, curve, labels, m);
            line.Draw("errorCoded", SeriesStyle.ErrorCoded, f => f.ErrorCoded);
            line.Draw("errorCodedWithoutNA", SeriesStyle.ErrorCodedWithoutNa, f => f.ErrorCodedWithoutNa);
            line.Draw("naCoded", SeriesStyle.NaCoded, f => f.NaCoded);
            ThresholdMarker(plot, models[m].Benchmark.Threshold, m);
        }

        plot.Axes.SetLimits(0.5, 1.0, 0, 1);
        plot.ShowLegend(Alignment.UpperLeft);
        return new ReportFigure(
            "threshold-errors",
            "Error and unknowns over thresholds",
            "A higher threshold turns wrong answers (errorCodedWithoutNA) into unknowns (naCoded); "
            + "errorCoded counts both. The vertical line marks the threshold in force.",
            plot);
    }

    public static ReportFigure CoverageAndAccuracy(
        IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = SeriesStyle.NewPlot(ThresholdAxis, "share");
        for (var m = 0; m < models.Count; m++)
        {
            var line = new CurveLine(plot, models[m].ThresholdCurve, labels, m);
            line.Draw("coverage", SeriesStyle.Coverage, f => f.Coverage);
            line.Draw("accuracy of answered", SeriesStyle.AnsweredAccuracy, f => f.AnsweredAccuracy);
            ThresholdMarker(plot, models[m].Benchmark.Threshold, m);
        }

        plot.Axes.SetLimits(0.5, 1.0, 0, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        return new ReportFigure(
            "threshold-coverage",
            "Coverage against accuracy of the answered names",
            "Each threshold answers a share of the names (coverage) with some accuracy; raising it "
            + "trades the first for the second.",
            plot);
    }

    public static ReportFigure GenderBias(IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = SeriesStyle.NewPlot(ThresholdAxis, "(male→female − female→male) / classified");
        var extreme = 0.01;
        for (var m = 0; m < models.Count; m++)
        {
            var curve = models[m].ThresholdCurve;
            new CurveLine(plot, curve, labels, m)
                .Draw("errorGenderBias", SeriesStyle.GenderBias, f => f.ErrorGenderBias);
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

    private static void ThresholdMarker(Plot plot, double threshold, int model)
    {
        var marker = plot.Add.VerticalLine(threshold, 1, Colors.Black, SeriesStyle.PatternOf(model));
        marker.ExcludeFromLegend = true;
    }

    /// <summary>Draws one model's metrics over the grid, in that model's line pattern.</summary>
    private sealed class CurveLine(
        Plot plot, IReadOnlyList<BenchmarkFigures> curve, IReadOnlyList<string> labels, int model)
    {
        public void Draw(string metric, Color color, Func<BenchmarkFigures, double> value)
        {
            var thresholds = curve.Select(f => f.Threshold).ToArray();
            var line = plot.Add.ScatterLine(thresholds, curve.Select(value).ToArray(), color);
            line.LineWidth = 2;
            line.LinePattern = SeriesStyle.PatternOf(model);
            line.LegendText = SeriesStyle.Legend(metric, labels, model);
        }
    }
}
