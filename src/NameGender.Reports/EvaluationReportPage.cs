using NameGender.Core.Evaluation;
using NameGender.Core.Models;
using NameGender.Reports.Figures;
using NameGender.Reports.Html;
using static NameGender.Reports.ReportText;

namespace NameGender.Reports;

/// <summary>The HTML report of one model on one labelled file (evaluate --report).</summary>
public static class EvaluationReportPage
{
    private const int WorstErrorsShown = 25;

    public static string Render(ModelEvaluation evaluation, IReadOnlyList<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(figures);

        var file = Path.GetFileName(evaluation.Input);
        var page = new HtmlDocument($"NameGender evaluation: {evaluation.ModelId} on {file}")
            .Heading(1, $"Model {evaluation.ModelId} on {file}");
        Subject(page, evaluation);
        Headline(page, evaluation);

        page.Heading(2, "Over thresholds");
        foreach (var figure in figures.Take(3))
        {
            page.Figure(figure);
        }

        page.Table(
            ["threshold", "coverage", "accuracy of answered", "errorCoded", "errorCodedWithoutNA", "naCoded",
                "errorGenderBias"],
            TableRows(evaluation).Select(f => (IReadOnlyList<string>)
            [
                Threshold(f.Threshold), Share(f.Coverage), Share(f.AnsweredAccuracy), Share(f.ErrorCoded),
                Share(f.ErrorCodedWithoutNa), Share(f.NaCoded), Signed(f.ErrorGenderBias),
            ]),
            0, 1, 2, 3, 4, 5, 6);

        page.Heading(2, "Calibration")
            .Figure(figures[3])
            .Table(
                ["p_female bin", "names", "mean p_female", "share female"],
                evaluation.Reliability.Bins.Select(b => (IReadOnlyList<string>)
                [
                    $"{Threshold(b.Lower)}–{Threshold(b.Upper)}", Count(b.Names), Share(b.MeanPFemale),
                    Share(b.ShareFemale),
                ]),
                1, 2, 3);

        page.Heading(2, "Accuracy and coverage by slice");
        foreach (var figure in figures.Skip(4))
        {
            page.Figure(figure);
        }

        SliceTable(page, "By the evidence behind the answer", evaluation.ByEvidence);
        SliceTable(page, "By how common the name is in the labelled file", evaluation.ByFileFrequency);
        if (evaluation.ByGroup is { } groups)
        {
            SliceTable(page, $"By {evaluation.Group}", groups);
        }

        WorstErrors(page, evaluation);
        page.Heading(2, "Definitions").Definitions(Definitions);
        return page.ToString();
    }

    private static void Subject(HtmlDocument page, ModelEvaluation evaluation) =>
        page.Table(
                ["", ""],
                [
                    ["model", evaluation.Model],
                    ["model id", evaluation.ModelId],
                    ["labelled file", evaluation.Input],
                    ["truth", evaluation.Shape],
                    ["names evaluated", Count(evaluation.Summary.Names)],
                    ["births (or rows) behind them", Count(evaluation.Summary.Births)],
                    ["rows left out: truth neither female nor male", Count(evaluation.SkippedUnknownTruth)],
                    ["unknown threshold", Threshold(evaluation.Benchmark.Threshold)],
                ])
            .Paragraph(ModelManifest.Disclaimer, "note");

    private static void Headline(HtmlDocument page, ModelEvaluation evaluation)
    {
        var (summary, benchmark) = (evaluation.Summary, evaluation.Benchmark);
        var calibration = evaluation.Reliability.ExpectedCalibrationError;
        var bySex = $"{Share(summary.FemaleAccuracy)} / {Share(summary.MaleAccuracy)}";
        page.Heading(2, "Headline figures").Table(
            ["figure", "value"],
            [
                ["accuracy (p ≥ 0.5 read as female)", Share(summary.Accuracy)],
                ["birth-weighted accuracy", Share(summary.BirthWeightedAccuracy)],
                ["Bayes ceiling (best any name-only guess can do)", Share(summary.BayesCeiling)],
                ["log loss", Share(summary.LogLoss)],
                ["expected calibration error (10 bins)", Share(calibration)],
                ["coverage at the threshold", Share(benchmark.Coverage)],
                ["accuracy of answered names", Share(benchmark.AnsweredAccuracy)],
                ["errorCoded", Share(benchmark.ErrorCoded)],
                ["errorCodedWithoutNA", Share(benchmark.ErrorCodedWithoutNa)],
                ["naCoded", Share(benchmark.NaCoded)],
                ["errorGenderBias", Signed(benchmark.ErrorGenderBias)],
                ["accuracy on female / male names", bySex],
            ],
            1);
    }

    private static void SliceTable(HtmlDocument page, string title, IReadOnlyList<SliceFigures> slices) =>
        page.Heading(3, title).Table(
            ["slice", "names", "births", "accuracy", "coverage", "accuracy of answered", "errorCoded",
                "errorGenderBias"],
            slices.Select(s => (IReadOnlyList<string>)
            [
                s.Slice, Count(s.Names), Count(s.Births), Share(s.Accuracy), Share(s.Coverage),
                Share(s.AnsweredAccuracy), Share(s.Benchmark.ErrorCoded), Signed(s.Benchmark.ErrorGenderBias),
            ]),
            1, 2, 3, 4, 5, 6, 7);

    private static void WorstErrors(HtmlDocument page, ModelEvaluation evaluation)
    {
        string[] group = evaluation.Group is null ? [] : [evaluation.Group];
        page.Heading(2, "Worst errors")
            .Paragraph(
                "Names answered with the wrong sex at the threshold, most births answered wrong first.",
                "note")
            .Table(
                ["name", "female", "male", "p_female", "answer", "source", "evidence", .. group],
                evaluation.WorstErrors.Take(WorstErrorsShown).Select(e => (IReadOnlyList<string>)
                [
                    e.Name, Count(e.Female), Count(e.Male), Probability(e.PFemale), Answer(e.Answer),
                    Source(e.Source), Count(e.Evidence),
                    .. group.Length == 0 ? group : [e.Group ?? string.Empty],
                ]),
                1, 2, 3, 6);
    }
}
