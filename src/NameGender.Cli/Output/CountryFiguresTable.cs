using System.Globalization;
using NameGender.Core.Evaluation;
using Spectre.Console;

namespace NameGender.Cli.Output;

/// <summary>Renders held-out figures per country: one row per country, the figures that matter most.</summary>
internal static class CountryFiguresTable
{
    public static Table Create(string title, IReadOnlyDictionary<string, EvaluationSummary> byCountry)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("country");
        foreach (var figure in (string[])["names", "accuracy", "birth-weighted", "coverage", "answered right"])
        {
            table.AddColumn(new TableColumn(figure).RightAligned());
        }

        foreach (var (country, summary) in byCountry.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(country),
                summary.Names.ToString("N0", CultureInfo.InvariantCulture),
                Figure(summary.Accuracy),
                Figure(summary.BirthWeightedAccuracy),
                Figure(summary.Coverage),
                Figure(summary.AccuracyAnswered));
        }

        return table;
    }

    private static string Figure(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
