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
        var attributions = settings.Sources is null ? null : SourceAttributions.Load(settings.Sources);

        var results = new List<ImportResult>();
        foreach (var input in settings.Inputs)
        {
            var spec = InputSpec.Parse(input, out _);
            var inputOptions = options with
            {
                Country = spec.Country ?? settings.InputCountry,
                Attribution = attributions?.For(spec.Path),
            };
            var result = NameDataImporter.Import(spec.Path, inputOptions, cancellationToken);
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

        if (source.Countries.Count > 0)
        {
            ConsoleOutput.Error.MarkupLine($"  countries: {string.Join(' ', source.Countries)}");
        }

        if (report.NamesUnderBothSexes > 0)
        {
            ConsoleOutput.Error.MarkupLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {report.NamesUnderBothSexes:N0} names listed under both sexes: one label each (even evidence)"));
        }

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
