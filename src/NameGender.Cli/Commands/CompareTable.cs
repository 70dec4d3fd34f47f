using System.Globalization;
using NameGender.Reports;
using Spectre.Console;

namespace NameGender.Cli.Commands;

/// <summary>The two models' headline figures side by side, with the difference, for the terminal.</summary>
internal static class CompareTable
{
    public static Table Create(ModelComparison comparison, IReadOnlyList<string> labels)
    {
        var (a, b) = (comparison.Models[0], comparison.Models[1]);
        var file = Path.GetFileName(comparison.Input);
        var title = string.Create(
            CultureInfo.InvariantCulture, $"{file} ({a.Shape}, {a.Summary.Names:N0} names)");
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("figure");
        table.AddColumn(new TableColumn(Markup.Escape(labels[0])).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(labels[1])).RightAligned());
        table.AddColumn(new TableColumn("difference").RightAligned());

        Add(table, "threshold", a.Benchmark.Threshold, b.Benchmark.Threshold, "0.00");
        Add(table, "accuracy (unique names)", a.Summary.Accuracy, b.Summary.Accuracy);
        Add(table, "birth-weighted accuracy", a.Summary.BirthWeightedAccuracy,
            b.Summary.BirthWeightedAccuracy);
        Add(table, "log loss", a.Summary.LogLoss, b.Summary.LogLoss);
        Add(table, "expected calibration error", a.Reliability.ExpectedCalibrationError,
            b.Reliability.ExpectedCalibrationError);
        Add(table, "coverage", a.Benchmark.Coverage, b.Benchmark.Coverage);
        Add(table, "accuracy of answered names", a.Benchmark.AnsweredAccuracy, b.Benchmark.AnsweredAccuracy);
        Add(table, "errorCoded", a.Benchmark.ErrorCoded, b.Benchmark.ErrorCoded);
        Add(table, "errorCodedWithoutNA", a.Benchmark.ErrorCodedWithoutNa, b.Benchmark.ErrorCodedWithoutNa);
        Add(table, "naCoded", a.Benchmark.NaCoded, b.Benchmark.NaCoded);
        Add(table, "errorGenderBias", a.Benchmark.ErrorGenderBias, b.Benchmark.ErrorGenderBias);
        return table;
    }

    private static void Add(Table table, string figure, double a, double b, string format = "0.0000") =>
        table.AddRow(
            Markup.Escape(figure),
            a.ToString(format, CultureInfo.InvariantCulture),
            b.ToString(format, CultureInfo.InvariantCulture),
            (b - a).ToString("+" + format + ";-" + format + ";" + format, CultureInfo.InvariantCulture));
}
