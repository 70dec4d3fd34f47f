using System.Globalization;
using NameGender.Core.Evaluation;
using Spectre.Console;

namespace NameGender.Cli.Commands;

/// <summary>The four benchmark figures at the threshold, as a table for the terminal.</summary>
internal static class EvaluateBenchmarkTable
{
    public static Table Create(BenchmarkFigures figures)
    {
        var title = string.Create(
            CultureInfo.InvariantCulture, $"benchmark figures at threshold {figures.Threshold:0.00}");
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("figure");
        table.AddColumn(new TableColumn("value").RightAligned());

        Add(table, "errorCoded: (misclassified + unknown) / all", figures.ErrorCoded);
        Add(table, "errorCodedWithoutNA: misclassified / classified", figures.ErrorCodedWithoutNa);
        Add(table, "naCoded: unknown / all", figures.NaCoded);
        table.AddRow(
            Markup.Escape("errorGenderBias: (m→f − f→m) / classified"),
            figures.ErrorGenderBias.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture));
        table.AddRow(
            "classified / unknown / misclassified",
            string.Create(
                CultureInfo.InvariantCulture,
                $"{figures.Classified:N0} / {figures.Unknown:N0} / {figures.Misclassified:N0}"));
        return table;
    }

    private static void Add(Table table, string figure, double value) =>
        table.AddRow(Markup.Escape(figure), value.ToString("0.0000", CultureInfo.InvariantCulture));
}
