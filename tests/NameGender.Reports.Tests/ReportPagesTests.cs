using NameGender.Core.Evaluation;
using NameGender.Core.Predictions;
using NameGender.Reports.Figures;

namespace NameGender.Reports.Tests;

public sealed class ReportPagesTests
{
    private static readonly EvaluatedName[] Names =
    [
        Named(new LabelledName("Emily", 900, 10) { Group = "us" }, 0.98, 5000),
        Named(new LabelledName("<script>alert(1)</script>", 0, 40) { Group = "us" }, 0.9, 0),
        Named(new LabelledName("Andrea", 10, 900) { Group = "it" }, 0.8, 2000),
        Named(new LabelledName("Luca", 0, 700) { Group = "it" }, 0.1, 300),
        Named(new LabelledName("Kim", 40, 45) { Group = "kr" }, 0.55, 85),
    ];

    [Fact]
    public void EvaluationReportPage_Render_EmbedsEveryFigureAndEncodesNames()
    {
        var evaluation = Evaluate(Names, "model.ngmodel");
        var figures = EvaluationFigures.Create([evaluation], ["model"]);

        var html = EvaluationReportPage.Render(evaluation, figures);

        Assert.Equal(figures.Count, html.Split("<img src=\"data:image/png;base64,").Length - 1);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("By origin", html, StringComparison.Ordinal);
        Assert.Contains("Santamaría and Mihaljević", html, StringComparison.Ordinal);
        DisposeAll(figures);
    }

    [Fact]
    public void EvaluationFigures_OneModelWithGroups_DrawsSixFiguresAsPng()
    {
        var figures = EvaluationFigures.Create([Evaluate(Names, "model.ngmodel")], ["model"]);

        Assert.Equal(
            ["threshold-errors", "threshold-coverage", "threshold-gender-bias", "calibration", "evidence", "groups"],
            figures.Select(f => f.Name));
        Assert.All(figures, f => Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, f.ToPng()[..4]));
        DisposeAll(figures);
    }

    [Fact]
    public void ComparisonReportPage_Render_ShowsBothModelsAndTheirDisagreements()
    {
        var stricter = Names.Select(n => n with { }).ToArray();
        var first = Evaluate(Names, "a.ngmodel");
        var second = Evaluate(stricter, "b.ngmodel", threshold: 0.95);
        var comparison = new ModelComparison(
            "labelled.csv", [first, second], Disagreement.Find(Names, 0.75, stricter, 0.95, 10));
        var figures = EvaluationFigures.Create(comparison.Models, ["a", "b"]);

        var html = ComparisonReportPage.Render(comparison, ["a", "b"], figures);

        Assert.Equal(4, figures.Count);
        Assert.Contains("<th class=\"n\">a</th><th class=\"n\">b</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Andrea</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Kim</td>", html, StringComparison.Ordinal);
        DisposeAll(figures);
    }

    private static ModelEvaluation Evaluate(IReadOnlyList<EvaluatedName> names, string model, double threshold = 0.75) =>
        new(EvaluationReport.Create(names, threshold, grouped: true))
        {
            Model = model,
            ModelId = "0123456789ab",
            Input = "labelled.csv",
            Shape = "name,births_f,births_m",
            SkippedUnknownTruth = 1,
            Group = "origin",
        };

    private static EvaluatedName Named(LabelledName truth, double pFemale, long evidence) =>
        new(truth, new Prediction(
            truth.Name,
            truth.Name.ToLowerInvariant(),
            pFemale >= 0.5 ? Gender.Female : Gender.Male,
            pFemale,
            evidence,
            evidence > 0 ? PredictionSource.Lookup : PredictionSource.Model,
            null));

    private static void DisposeAll(IEnumerable<ReportFigure> figures)
    {
        foreach (var figure in figures)
        {
            figure.Dispose();
        }
    }
}
