using System.Globalization;
using Microsoft.Extensions.Logging;
using NameGender.Cli.Infrastructure;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Training;
using NameGender.Training.Import;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender sagemaker train: the SageMaker training contract. Reads the hyperparameters and every
/// file of the input channel, writes the model to the model folder; on any failure writes the
/// reason to output/failure (SageMaker shows it as the job's FailureReason) and exits non-zero.
/// </summary>
internal sealed class SageMakerTrainCommand : Command<SageMakerTrainSettings>
{
    public const int FailureExitCode = 1;

    public override int Execute(
        CommandContext context, SageMakerTrainSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var paths = SageMakerPaths.FromEnvironment();
        try
        {
            var hyperparameters = SageMakerHyperparameters.Load(paths.Hyperparameters);
            var imports = ImportChannel(paths, hyperparameters, cancellationToken);

            using var loggers = CliLogging.Create(settings.Verbose);
            var trainer = new ModelTrainer(loggers.CreateLogger<ModelTrainer>(), TimeProvider.System);
            var model = trainer.Train(imports, hyperparameters.Training, cancellationToken: cancellationToken);
            var saved = ModelFile.Save(model, paths.ModelFile);

            Report(saved, paths.ModelFile);
            return 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Every failure, a bug included, must reach the failure file: it is all SageMaker shows.
            return Fail(paths, e);
        }
    }

    private static List<ImportResult> ImportChannel(
        SageMakerPaths paths, SageMakerHyperparameters hyperparameters, CancellationToken cancellationToken)
    {
        var folder = paths.Channel(hyperparameters.Channel);
        if (!Directory.Exists(folder))
        {
            throw new CliUsageException(
                $"the input channel '{hyperparameters.Channel}' has no folder {folder}; " +
                "name the channel with the 'channel' hyperparameter.");
        }

        // Hidden files are the platform's (e.g. a manifest), not training data.
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new CliUsageException($"the input channel folder {folder} holds no files.");
        }

        var imports = new List<ImportResult>();
        foreach (var file in files)
        {
            var result = NameDataImporter.Import(file, hyperparameters.Import, cancellationToken);
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"imported {file} ({result.Source.Format}): {result.Report.RecordsImported:N0} records"));
            imports.Add(result);
        }

        return imports;
    }

    /// <summary>One name=value line per figure, for SageMaker metric definitions to pick up by regex.</summary>
    private static void Report(GenderModel model, string path)
    {
        var manifest = model.Manifest;
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {path} (model {manifest.ModelId}): " +
            $"{manifest.Names:N0} names, {manifest.Births:N0} births"));
        if (manifest.Metrics.Holdout is { } heldOut)
        {
            WriteMetrics("holdout", heldOut);
        }

        WriteMetrics("lookup", manifest.Metrics.Lookup);
    }

    private static void WriteMetrics(string prefix, EvaluationSummary summary)
    {
        (string Name, double Value)[] figures =
        [
            ("accuracy", summary.Accuracy),
            ("birth_weighted_accuracy", summary.BirthWeightedAccuracy),
            ("log_loss", summary.LogLoss),
            ("calibration_error", summary.ExpectedCalibrationError),
            ("coverage", summary.Coverage),
            ("accuracy_answered", summary.AccuracyAnswered),
        ];
        foreach (var (name, value) in figures)
        {
            Console.Out.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"{prefix}_{name}={value:0.000000}"));
        }
    }

    private static int Fail(SageMakerPaths paths, Exception exception)
    {
        var reason = exception is CliUsageException or ImportException or TrainingException
            or ModelFormatException or IOException or UnauthorizedAccessException
            ? exception.Message
            : $"{exception.GetType().Name}: {exception.Message}";

        Console.Error.WriteLine($"error: {reason}");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(paths.Failure)!);
            File.WriteAllText(paths.Failure, reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot write {paths.Failure}: {e.Message}");
        }

        return FailureExitCode;
    }
}
