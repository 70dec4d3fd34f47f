using System.Globalization;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Training.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>namegender import: any supported input to the compact per-decade snapshot.</summary>
internal sealed class ImportCommand : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var imports = InputImporter.ImportAll(settings, cancellationToken);

        // The snapshot's column is births: label weights written there would read back as births.
        if (imports.FirstOrDefault(i => i.Source.Kind == SourceKind.Labels) is { } labels)
        {
            throw new CliUsageException(
                $"{labels.Source.Path} holds labels without counts, and the snapshot holds births; "
                + "give label files to train directly, where they enter with their label weight");
        }
        var rows = NameCountWriter.Write(imports.SelectMany(i => i.Records), settings.Output!);

        ConsoleOutput.Out.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote [bold]{Markup.Escape(settings.Output!)}[/]: {rows:N0} rows (name, sex, decade, births)"));
        return 0;
    }
}
