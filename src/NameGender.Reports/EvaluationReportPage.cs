using NameGender.Core.Models;
using NameGender.Reports.Figures;
using NameGender.Reports.Html;

namespace NameGender.Reports;

/// <summary>The HTML report of one model on one labelled file (evaluate --report).</summary>
public static class EvaluationReportPage
{
    private const int WorstErrorsShown = 25;

    public static string Render(ModelEvaluation evaluation, IReadOnlyList<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(figures);

        var summary = evaluation.Summary;
        var benchmark = evaluation.Benchmark;
        var page = new HtmlDocument($"NameGender evaluation: {evaluation.ModelId} on {Path.GetFileName(evaluation.Input)}")
            .Heading(1, $"Model {evaluation.ModelId} on {Path.GetFileName(evaluation.Input)}")
            .Table(
                ["", ""],
                [
                    ["model", evaluation.Model],
                    ["model id", evaluation.ModelId],
                    ["labelled file", evaluation.Input],
                    ["truth", evaluation.Shape],
                    ["names evaluated", ReportText.Count(summary.Names)],
                    ["births (or rows) behind them", ReportText.Count(summary.Births)],
                    ["rows left out: truth neither female nor male", ReportText.Count(evaluation.SkippedUnknownTruth)],
                    ["unknown threshold", ReportText.Threshold(benchmark.Threshold)],
                ])
            .Paragraph(ModelManifest.Disclaimer, "note")
            .Heading(2, "Headline figures")
            .Table(
                ["figure", "value"],
                [
                    ["accuracy (p ≥ 0.5 read as female)", ReportText.Share(summary.Accuracy)],
                    ["birth-weighted accuracy", ReportText.Share(summary.BirthWeightedAccuracy)],
                    ["Bayes ceiling (best any name-only guess can do)", ReportText.Share(summary.BayesCeiling)],
                    ["log loss", ReportText.Share(summary.LogLoss)],
                    ["expected calibration error (10 bins)", ReportText.Share(evaluation.Reliability.ExpectedCalibrationError)],
                    ["coverage at the threshold", ReportText.Share(benchmark.Coverage)],
                    ["accuracy of answered names", ReportText.Share(benchmark.AnsweredAccuracy)],
                    ["errorCoded", ReportText.Share(benchmark.ErrorCoded)],
                    ["errorCodedWithoutNA", ReportText.Share(benchmark.ErrorCodedWithoutNa)],
                    ["naCoded", ReportText.Share(benchmark.NaCoded)],
                    ["errorGenderBias", ReportText.Signed(benchmark.ErrorGenderBias)],
                    ["accuracy on female / male names", $"{ReportText.Share(summary.FemaleAccuracy)} / {ReportText.Share(summary.MaleAccuracy)}"],
                ],
                1);

        page.Heading(2, "Over thresholds");
        foreach (var figure in figures.Take(3))
        {
            page.Figure(figure.Title, figure.ToPng(), ReportFigure.Width, ReportFigure.Height, figure.Caption);
        }

        page.Table(
            ["threshold", "coverage", "accuracy of answered", "errorCoded", "errorCodedWithoutNA", "naCoded", "errorGenderBias"],
            ReportText.TableRows(evaluation).Select(f => (IReadOnlyList<string>)
            [
                ReportText.Threshold(f.Threshold), ReportText.Share(f.Coverage), ReportText.Share(f.AnsweredAccuracy),
                ReportText.Share(f.ErrorCoded), ReportText.Share(f.ErrorCodedWithoutNa), ReportText.Share(f.NaCoded),
                ReportText.Signed(f.ErrorGenderBias),
            ]),
            0, 1, 2, 3, 4, 5, 6);

        page.Heading(2, "Calibration");
        var calibration = figures[3];
        page.Figure(calibration.Title, calibration.ToPng(), ReportFigure.Width, ReportFigure.Height, calibration.Caption)
            .Table(
                ["p_female bin", "names", "mean p_female", "share female"],
                evaluation.Reliability.Bins.Select(b => (IReadOnlyList<string>)
                [
                    $"{ReportText.Threshold(b.Lower)}–{ReportText.Threshold(b.Upper)}", ReportText.Count(b.Names),
                    ReportText.Share(b.MeanPFemale), ReportText.Share(b.ShareFemale),
                ]),
                1, 2, 3);

        page.Heading(2, "Accuracy and coverage by slice");
        foreach (var figure in figures.Skip(4))
        {
            page.Figure(figure.Title, figure.ToPng(), ReportFigure.Width, ReportFigure.Height, figure.Caption);
        }

        SliceTable(page, "By the evidence behind the answer", evaluation.ByEvidence);
        SliceTable(page, "By how common the name is in the labelled file", evaluation.ByFileFrequency);
        if (evaluation.ByGroup is { } groups)
        {
            SliceTable(page, $"By {evaluation.Group}", groups);
        }

        page.Heading(2, "Worst errors")
            .Paragraph("Names answered with the wrong sex at the threshold, most births answered wrong first.", "note")
            .Table(
                ["name", "female", "male", "p_female", "answer", "source", "evidence", .. evaluation.Group is null ? Array.Empty<string>() : [evaluation.Group]],
                evaluation.WorstErrors.Take(WorstErrorsShown).Select(e => (IReadOnlyList<string>)
                [
                    e.Name, ReportText.Count(e.Female), ReportText.Count(e.Male), ReportText.Probability(e.PFemale),
                    ReportText.Answer(e.Answer), ReportText.Source(e.Source), ReportText.Count(e.Evidence),
                    .. evaluation.Group is null ? Array.Empty<string>() : [e.Group ?? string.Empty],
                ]),
                1, 2, 3, 6);

        page.Heading(2, "Definitions").Definitions(ReportText.Definitions);
        return page.ToString();
    }

    private static void SliceTable(HtmlDocument page, string title, IReadOnlyList<Core.Evaluation.SliceFigures> slices)
    {
        page.Heading(3, title).Table(
            ["slice", "names", "births", "accuracy", "coverage", "accuracy of answered", "errorCoded", "errorGenderBias"],
            slices.Select(s => (IReadOnlyList<string>)
            [
                s.Slice, ReportText.Count(s.Names), ReportText.Count(s.Births), ReportText.Share(s.Accuracy),
                ReportText.Share(s.Coverage), ReportText.Share(s.AnsweredAccuracy), ReportText.Share(s.Benchmark.ErrorCoded),
                ReportText.Signed(s.Benchmark.ErrorGenderBias),
            ]),
            1, 2, 3, 4, 5, 6, 7);
    }
}
