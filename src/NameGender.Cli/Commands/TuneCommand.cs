using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Core.Serialization;
using NameGender.Training.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender tune: choose the unknown threshold on a labelled file with cross-validation and
/// write it into a new model file, or a new version of a stored model.
/// </summary>
internal sealed class TuneCommand : AsyncCommand<TuneSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, TuneSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(verbose: false);
        var reference = await ModelsReference.ResolveAsync(
            settings.Model, settings.Store, settings.S3Endpoint, loggers, cancellationToken);
        var model = ModelFile.Load(reference.Path);
        var truth = LabelledFileReader.Read(settings.Input!, settings.Column, settings.Truth);
        var names = EvaluatedNames.Predict(model, truth.Names, settings.BornPeriod);

        var options = settings.Options;
        if (!ThresholdTuner.TryTune(names, options, out var result, out var error))
        {
            throw new CliUsageException($"{Path.GetFileName(settings.Input)}: {error}");
        }

        var tuned = model.WithManifest(model.Manifest with
        {
            Predictor = model.Manifest.Predictor with { Threshold = result!.Threshold },
            Tuning = new ThresholdTuning(
                options.Objective,
                options.MaxErrorCodedWithoutNa,
                options.MaxNaCoded,
                options.Folds,
                Path.GetFileName(settings.Input!),
                await Sha256Async(settings.Input!, cancellationToken),
                names.Count,
                model.Manifest.Predictor.Threshold,
                result.Threshold,
                result.Train,
                result.HeldOut,
                TimeProvider.System.GetUtcNow()),
        });

        var written = await WriteAsync(settings, reference, tuned, loggers, cancellationToken);
        if (settings.Json)
        {
            var report = new
            {
                Model = reference.Label,
                Written = written,
                PreviousThreshold = model.Manifest.Predictor.Threshold,
                Result = result,
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(report, NameGenderJson.Indented));
            return 0;
        }

        ConsoleOutput.Out.Write(TuneTable.Create(model.Manifest.Predictor.Threshold, result, options));
        var before = model.Manifest.Predictor.Threshold;
        var objective = TuneObjectives.NameOf(options.Objective);
        ConsoleOutput.Out.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"threshold {before:0.00} → {result.Threshold:0.00} ({objective}, "
            + $"{options.Folds}-fold cross-validation on {names.Count:N0} names); wrote {written}")));
        return 0;
    }

    private static async Task<string> WriteAsync(
        TuneSettings settings,
        ModelsReference reference,
        GenderModel tuned,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (reference.Name is null)
        {
            ModelFile.Save(tuned, settings.Output!);
            return settings.Output!;
        }

        var temporary = Path.Combine(
            Path.GetTempPath(), $"namegender-tuned-{Guid.NewGuid():N}{ModelFile.Extension}");
        try
        {
            var saved = ModelFile.Save(tuned, temporary);
            using var store = ModelsStoreAccess.Open(settings.Store, settings.S3Endpoint, loggers);
            var version = await store.AddVersionAsync(
                reference.Name, temporary, saved.Manifest, cancellationToken);
            return $"{reference.Name} {version.Version} in {store.Location} (not promoted)";
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
