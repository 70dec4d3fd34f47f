using NameGender.Core.Evaluation;
using ScottPlot;

namespace NameGender.Reports.Figures;

/// <summary>The benchmark figures over the threshold grid, one line per metric and model.</summary>
internal static class ThresholdFigures
{
    private const string ThresholdAxis = "unknown threshold on max(p, 1 − p)";

    public static ReportFigure Errors(IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        var plot = PlotPerModel("share of names", models, labels, line =>
        {
            line.Draw("errorCoded", SeriesStyle.ErrorCoded, f => f.ErrorCoded);
            line.Draw("errorCodedWithoutNA", SeriesStyle.ErrorCodedWithoutNa, f => f.ErrorCodedWithoutNa);
            line.Draw("naCoded", SeriesStyle.NaCoded, f => f.NaCoded);
        });

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
        var plot = PlotPerModel("share", models, labels, line =>
        {
            line.Draw("coverage", SeriesStyle.Coverage, f => f.Coverage);
            line.Draw("accuracy of answered", SeriesStyle.AnsweredAccuracy, f => f.AnsweredAccuracy);
        });

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
        var plot = PlotPerModel("(male→female − female→male) / classified", models, labels, line =>
            line.Draw("errorGenderBias", SeriesStyle.GenderBias, f => f.ErrorGenderBias));
        var extreme = models.SelectMany(m => m.ThresholdCurve)
            .Select(f => Math.Abs(f.ErrorGenderBias))
            .Append(0.01)
            .Max();

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

    /// <summary>
    /// A plot over the threshold grid with each model's metrics, drawn by
    /// <paramref name="drawMetrics"/>, and a vertical line at the threshold that model has in force,
    /// both in the model's line pattern.
    /// </summary>
    private static Plot PlotPerModel(
        string yAxis,
        IReadOnlyList<ModelEvaluation> models,
        IReadOnlyList<string> labels,
        Action<CurveLine> drawMetrics)
    {
        var plot = SeriesStyle.NewPlot(ThresholdAxis, yAxis);
        for (var m = 0; m < models.Count; m++)
        {
            drawMetrics(new CurveLine(plot, models[m].ThresholdCurve, labels, m));
            var marker = plot.Add.VerticalLine(
                models[m].Benchmark.Threshold, 1, Colors.Black, SeriesStyle.PatternOf(m));
            marker.ExcludeFromLegend = true;
        }

        return plot;
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
