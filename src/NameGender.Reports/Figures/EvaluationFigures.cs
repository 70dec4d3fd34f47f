namespace NameGender.Reports.Figures;

/// <summary>
/// The figures of a report on one model, or of a comparison of two, in the order the page shows them.
/// </summary>
public static class EvaluationFigures
{
    /// <summary>Figures for one or two models; <paramref name="labels"/> name them in legends.</summary>
    public static IReadOnlyList<ReportFigure> Create(
        IReadOnlyList<ModelEvaluation> models, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(labels);

        var figures = new List<ReportFigure>
        {
            ThresholdFigures.Errors(models, labels),
            ThresholdFigures.CoverageAndAccuracy(models, labels),
            ThresholdFigures.GenderBias(models, labels),
            CalibrationFigure.Create(models, labels),
        };

        if (models.Count == 1)
        {
            var only = models[0];
            figures.Add(SliceFigure.Create("evidence", "By the evidence behind the answer", only.ByEvidence));
            if (only.ByGroup is { Count: > 0 } groups)
            {
                figures.Add(SliceFigure.Create("groups", $"By {only.Group}", groups));
            }
        }

        return figures;
    }
}
