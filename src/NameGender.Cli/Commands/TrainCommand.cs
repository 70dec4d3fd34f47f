using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Models;
using NameGender.Training;
using NameGender.Training.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender train: import, fit, evaluate on held-out names, refit, write one model file, or store
/// it as a new version of a named model (--store, or no --output).
/// </summary>
internal sealed class TrainCommand : AsyncCommand<TrainSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var storing = settings.Store is not null || settings.Output is null;
        var output = settings.Output
            ?? Path.Combine(Path.GetTempPath(), $"namegender-train-{Guid.NewGuid():N}{ModelFile.Extension}");
        var imports = InputImporter.ImportAll(settings, cancellationToken);

        var defaults = new TrainingOptions();
        var options = new TrainingOptions
        {
            Name = settings.Name ?? Path.GetFileNameWithoutExtension(output),
            Seed = settings.Seed,
            Holdout = settings.Holdout,
            HoldoutOnly = settings.HoldoutOnly,
            Threshold = settings.Threshold ?? defaults.Threshold,
            PriorStrength = settings.PriorStrength ?? defaults.PriorStrength,
        };

        using var loggers = CliLogging.Create(settings.Verbose);
        var trainer = new ModelTrainer(loggers.CreateLogger<ModelTrainer>(), TimeProvider.System);
        var model = Fit(trainer, imports, options, clock, cancellationToken);
        try
        {
            var saved = ModelFile.Save(model, output);
            var written = storing
                ? await StoreAsync(settings, output, saved.Manifest, loggers, cancellationToken)
                : $"wrote [bold]{Markup.Escape(output)}[/]";
            Report(saved, written, clock.Elapsed);
        }
        finally
        {
            if (settings.Output is null)
            {
                File.Delete(output);
            }
        }

        return 0;
    }

    private static async Task<string> StoreAsync(
        TrainSettings settings,
        string path,
        ModelManifest manifest,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        using var store = ModelsStoreAccess.Open(settings.Store, settings.S3Endpoint, loggers, creates: true);
        var version = await store.AddVersionAsync(settings.Name!, path, manifest, cancellationToken);
        ConsoleOutput.Error.MarkupLine(Markup.Escape(
            $"not promoted; to serve it: namegender models promote {settings.Name} {version.Version} "
            + $"--store {store.Location}"));
        var stored = Markup.Escape($"{settings.Name} {version.Version}");
        return $"stored [bold]{stored}[/] in {Markup.Escape(store.Location)}";
    }

    private static GenderModel Fit(
        ModelTrainer trainer,
        IReadOnlyList<ImportResult> imports,
        TrainingOptions options,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        if (!ConsoleOutput.IsInteractive)
        {
            var plain = new SynchronousProgress<TrainingStage>(stage => ConsoleOutput.Error.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,6:0.0}s] {Describe(stage)}")));
            return trainer.Train(imports, options, plain, cancellationToken);
        }

        return ConsoleOutput.Error.Status().Start("Training", status =>
        {
            var live = new SynchronousProgress<TrainingStage>(stage => status.Status(Describe(stage)));
            return trainer.Train(imports, options, live, cancellationToken);
        });
    }

    private static string Describe(TrainingStage stage) => stage switch
    {
        TrainingStage.Aggregating => "summing counts per name and decade",
        TrainingStage.Fitting => "fitting the character model (without the held-out names, and on all names)",
        TrainingStage.EvaluatingHeldOut => "evaluating on the held-out names",
        TrainingStage.CheckingLookup => "checking the lookup on its own births",
        _ => "done",
    };

    private static void Report(GenderModel model, string written, TimeSpan elapsed)
    {
        var manifest = model.Manifest;
        var console = ConsoleOutput.Out;
        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{written} (model {manifest.ModelId}): {manifest.Names:N0} names, {manifest.Births:N0} births, in {elapsed.TotalSeconds:0.0} s"));

        if (manifest.Metrics.Holdout is { } heldOut)
        {
            console.Write(SummaryTable.Create("held-out names (never seen in training)", heldOut));
        }

        if (manifest.Metrics.HoldoutByCountry is { } byCountry)
        {
            console.Write(CountryFiguresTable.Create("held-out names by country, against each country's counts", byCountry));
        }

        console.Write(SummaryTable.Create("lookup on its own births (smoothing check)", manifest.Metrics.Lookup));
    }
}
