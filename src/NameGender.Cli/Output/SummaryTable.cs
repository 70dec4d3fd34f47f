using System.Globalization;
using NameGender.Core.Evaluation;
using Spectre.Console;

namespace NameGender.Cli.Output;

/// <summary>Renders evaluation figures as a two-column table.</summary>
internal static class SummaryTable
{
    public static Table Create(string title, EvaluationSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("figure");
        table.AddColumn(new TableColumn("value").RightAligned());

        Add(table, "names", summary.Names.ToString("N0", CultureInfo.InvariantCulture));
        Add(table, "births (or rows)", summary.Births.ToString("N0", CultureInfo.InvariantCulture));
        Add(table, "accuracy (unique names)", Figure(summary.Accuracy));
        Add(table, "birth-weighted accuracy", Figure(summary.BirthWeightedAccuracy));
        Add(table, "Bayes ceiling", Figure(summary.BayesCeiling));
        Add(table, "log loss", Figure(summary.LogLoss));
        Add(table, "expected calibration error", Figure(summary.ExpectedCalibrationError));
        Add(table, $"coverage at threshold {Figure(summary.Threshold, "0.00")}", Figure(summary.Coverage));
        Add(table, "accuracy of answered names", Figure(summary.AccuracyAnswered));
        Add(table, "accuracy on female names", Figure(summary.FemaleAccuracy));
        Add(table, "accuracy on male names", Figure(summary.MaleAccuracy));
        Add(table, "gender bias (+ leans female)", Figure(summary.GenderBias, "+0.0000;-0.0000;0.0000"));
        Add(table, "names without a probability", summary.Unscored.ToString("N0", CultureInfo.InvariantCulture));
        return table;
    }

    private static void Add(Table table, string figure, string value) => table.AddRow(Markup.Escape(figure), value);

    private static string Figure(double value, string format = "0.0000") =>
        value.ToString(format, CultureInfo.InvariantCulture);
}
