using System.Globalization;
using System.Text.Json;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Models;
using NameGender.Core.Serialization;
using NameGender.Reports;
using NameGender.Reports.Figures;
using NameGender.Training.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender evaluate: a model's figures on any labelled file, optionally as an HTML report.
/// </summary>
internal sealed class EvaluateCommand : AsyncCommand<EvaluateSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(verbose: false);
        var reference = await ModelsReference.ResolveAsync(
            settings.Model, settings.Store, settings.S3Endpoint, loggers, cancellationToken);
        var model = ModelFile.Load(reference.Path);
        var truth = LabelledFileReader.Read(
            settings.Input!, settings.Column, settings.Truth, settings.Group, settings.CountryColumn);

        var (evaluation, _) = EvaluateRun.Run(
            model,
            reference.Label,
            settings.Input!,
            truth,
            settings.Threshold,
            settings.BornPeriod,
            settings.Group,
            settings.CountryCodeOrNull);
        EvaluateReportFiles.Write(
            settings.Report,
            settings.Figures,
            () => EvaluationFigures.Create([evaluation], ["model"]),
            figures => EvaluationReportPage.Render(evaluation, figures));

        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(evaluation, NameGenderJson.Indented));
            return 0;
        }

        var title = string.Create(
            CultureInfo.InvariantCulture,
            $"model {model.Manifest.ModelId} on {Path.GetFileName(settings.Input)} ({truth.Shape})");
        ConsoleOutput.Out.Write(SummaryTable.Create(title, evaluation.Summary));
        ConsoleOutput.Out.Write(EvaluateBenchmarkTable.Create(evaluation.Benchmark));
        if (truth.SkippedUnknownTruth > 0)
        {
            ConsoleOutput.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{truth.SkippedUnknownTruth:N0} rows left out: truth neither female nor male"));
        }

        return 0;
    }
}
