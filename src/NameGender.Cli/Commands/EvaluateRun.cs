using NameGender.Core.Data;
using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Reports;
using NameGender.Training.Evaluation;

namespace NameGender.Cli.Commands;

/// <summary>
/// One model predicted once on a labelled file's names, and the report of it: evaluate and compare
/// share this.
/// </summary>
internal static class EvaluateRun
{
    public static (ModelEvaluation Evaluation, IReadOnlyList<EvaluatedName> Names) Run(
        GenderModel model,
        string label,
        string input,
        LabelledFile truth,
        double? threshold,
        YearPeriod? born,
        string? group,
        string? country = null)
    {
        var names = EvaluatedNames.Predict(model, truth.Names, born, country);
        var chosen = threshold ?? model.Manifest.Predictor.Threshold;
        var report = EvaluationReport.Create(names, chosen, grouped: group is not null);
        var evaluation = new ModelEvaluation(report)
        {
            Model = label,
            ModelId = model.Manifest.ModelId,
            Input = input,
            Shape = truth.Shape,
            SkippedUnknownTruth = truth.SkippedUnknownTruth,
            Group = group,
        };
        return (evaluation, names);
    }
}
