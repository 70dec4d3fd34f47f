using System.Globalization;
using System.Text.Json;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Core.Serialization;
using NameGender.Reports;
using NameGender.Reports.Figures;
using NameGender.Training.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>namegender compare: two models on the same labelled file, side by side.</summary>
internal sealed class CompareCommand : AsyncCommand<CompareSettings>
{
    private const int DisagreementsKept = 100;
    private const int DisagreementsShown = 10;

    public override async Task<int> ExecuteAsync(
        CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(verbose: false);
        var truth = LabelledFileReader.Read(settings.Input!, settings.Column, settings.Truth);

        var runs = new List<(ModelEvaluation Evaluation, IReadOnlyList<EvaluatedName> Names)>();
        foreach (var model in settings.Models)
        {
            var reference = await ModelsReference.ResolveAsync(
                model, settings.Store, settings.S3Endpoint, loggers, cancellationToken);
            var loaded = ModelFile.Load(reference.Path);
            runs.Add(EvaluateRun.Run(
                loaded, reference.Label, settings.Input!, truth, null, settings.BornPeriod, null));
        }

        var (first, second) = (runs[0], runs[1]);
        var comparison = new ModelComparison(
            settings.Input!,
            [first.Evaluation, second.Evaluation],
            Disagreement.Find(
                first.Names,
                first.Evaluation.Benchmark.Threshold,
                second.Names,
                second.Evaluation.Benchmark.Threshold,
                DisagreementsKept));
        var labels = CompareLabels.Of(first.Evaluation.Model, second.Evaluation.Model);

        EvaluateReportFiles.Write(
            settings.Report,
            settings.Figures,
            () => EvaluationFigures.Create(comparison.Models, labels),
            figures => ComparisonReportPage.Render(comparison, labels, figures));

        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(comparison, NameGenderJson.Indented));
            return 0;
        }

        ConsoleOutput.Out.Write(CompareTable.Create(comparison, labels));
        if (comparison.Disagreements.Count == 0)
        {
            ConsoleOutput.Out.WriteLine("the two models answer every name alike");
            return 0;
        }

        var count = comparison.Disagreements.Count;
        var more = count == DisagreementsKept ? "+" : string.Empty;
        ConsoleOutput.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"{count:N0}{more} names answered differently; the most common:"));
        foreach (var d in comparison.Disagreements.Take(DisagreementsShown))
        {
            ConsoleOutput.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {d.Name} ({d.Female:N0} F / {d.Male:N0} M): "
                + $"{labels[0]} {Answer(d.First)}, {labels[1]} {Answer(d.Second)}"));
        }

        return 0;
    }

    private static string Answer(Core.Predictions.Gender gender) => gender.ToString().ToLowerInvariant();
}
