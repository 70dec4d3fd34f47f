using System.Globalization;
using NameGender.Core.Evaluation;
using Spectre.Console;

namespace NameGender.Cli.Commands;

/// <summary>
/// Tuning evidence for the terminal: each fold's choice, and the pooled training and held-out figures.
/// </summary>
internal static class TuneTable
{
    public static Table Create(double previous, TuningResult result, TuningOptions options)
    {
        var caps = new List<string>();
        if (options.MaxErrorCodedWithoutNa is { } error)
        {
            caps.Add(string.Create(CultureInfo.InvariantCulture, $"errorCodedWithoutNA ≤ {error:0.####}"));
        }

        if (options.MaxNaCoded is { } na)
        {
            caps.Add(string.Create(CultureInfo.InvariantCulture, $"naCoded ≤ {na:0.####}"));
        }

        var within = caps.Count > 0 ? $" with {string.Join(", ", caps)}" : string.Empty;
        var title = $"minimise {TuneObjectives.NameOf(options.Objective)}{within}";
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("on");
        string[] columns =
        [
            "names", "threshold", "coverage", "errorCoded", "errorCodedWithoutNA", "naCoded",
            "errorGenderBias",
        ];
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var fold in result.Folds)
        {
            var on = string.Create(CultureInfo.InvariantCulture, $"fold {fold.Fold + 1}: held out");
            Add(table, on, fold.HeldOut);
        }

        Add(table, "training folds, pooled", result.Train);
        Add(table, "held-out folds, pooled", result.HeldOut);
        Add(table, "all names, chosen threshold", result.All);
        table.Caption(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"previous threshold {previous:0.00}; pooled rows show the mean of the folds' thresholds")));
        return table;
    }

    private static void Add(Table table, string on, BenchmarkFigures f) =>
        table.AddRow(
            Markup.Escape(on),
            f.Names.ToString("N0", CultureInfo.InvariantCulture),
            f.Threshold.ToString("0.000", CultureInfo.InvariantCulture),
            Share(f.Coverage),
            Share(f.ErrorCoded),
            Share(f.ErrorCodedWithoutNa),
            Share(f.NaCoded),
            f.ErrorGenderBias.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture));

    private static string Share(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
