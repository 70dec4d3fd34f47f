using System.Globalization;
using NameGender.Cli.Output;
using NameGender.Training.Import;
using Spectre.Console;

namespace NameGender.Cli.Commands;

/// <summary>Imports every --input of a command, reporting each source and each skipped line.</summary>
internal static class InputImporter
{
    public static IReadOnlyList<ImportResult> ImportAll(ImportInputSettings settings, CancellationToken cancellationToken)
    {
        var options = new ImportOptions
        {
            SkipBadLines = settings.SkipBadLines,
            LabelWeight = settings.LabelWeight ?? ImportOptions.DefaultLabelWeight,
            OnBadLine = line => ConsoleOutput.Error.MarkupLine($"[yellow]skipped:[/] {Markup.Escape(line.Message)}"),
        };

        var results = new List<ImportResult>();
        foreach (var input in settings.Inputs)
        {
            var result = NameDataImporter.Import(input, options, cancellationToken);
            Report(result);
            results.Add(result);
        }

        return results;
    }

    private static void Report(ImportResult result)
    {
        var source = result.Source;
        var report = result.Report;
        var kind = source.Kind == SourceKind.Labels
            ? string.Create(CultureInfo.InvariantCulture, $"labels, weight {source.LabelWeight} each")
            : "births";
        ConsoleOutput.Error.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"imported [bold]{Markup.Escape(source.Path)}[/] ({source.Format}, {kind}): {report.RecordsImported:N0} records, {source.TotalCount:N0} counted"));

        if (report.SkippedUnknownSex > 0)
        {
            ConsoleOutput.Error.MarkupLine(string.Create(
                CultureInfo.InvariantCulture, $"  {report.SkippedUnknownSex:N0} rows skipped: sex neither female nor male"));
        }

        if (report.BadLines.Count > 0)
        {
            ConsoleOutput.Error.MarkupLine(string.Create(
                CultureInfo.InvariantCulture, $"  [yellow]{report.BadLines.Count:N0} bad lines skipped[/]"));
        }
    }
}
