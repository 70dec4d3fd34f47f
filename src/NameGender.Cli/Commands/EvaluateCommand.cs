using System.Globalization;
using System.Text.Json;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Evaluation;
using NameGender.Core.Predictions;
using NameGender.Core.Serialization;
using NameGender.Training.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>namegender evaluate: a model's figures on any labelled file.</summary>
internal sealed class EvaluateCommand : Command<EvaluateSettings>
{
    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var modelPath = ModelLocator.Resolve(settings.Model);
        var model = ModelLocator.Load(settings.Model);
        var predictor = new GenderPredictor(model, new PredictorOptions { Threshold = settings.Threshold });
        var truth = LabelledFileReader.Read(settings.Input!, settings.Column, settings.Truth);

        var born = settings.BornPeriod;
        var scored = truth.Names.Select(n => (n, predictor.Predict(n.Name, born))).ToList();
        var summary = Evaluator.Summarize(scored, predictor.Threshold);
        var result = new EvaluationResult(
            modelPath, model.Manifest.ModelId, settings.Input!, truth.Shape, truth.SkippedUnknownTruth, summary);

        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(result, NameGenderJson.Indented));
            return 0;
        }

        var title = string.Create(
            CultureInfo.InvariantCulture,
            $"model {model.Manifest.ModelId} on {Path.GetFileName(settings.Input)} ({truth.Shape})");
        ConsoleOutput.Out.Write(SummaryTable.Create(title, summary));
        if (truth.SkippedUnknownTruth > 0)
        {
            ConsoleOutput.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"{truth.SkippedUnknownTruth:N0} rows left out: truth neither female nor male"));
        }

        return 0;
    }
}
