using NameGender.Core.Models;
using NameGender.Reports.Figures;
using NameGender.Reports.Html;
using static NameGender.Reports.ReportText;

namespace NameGender.Reports;

/// <summary>The HTML report of two models side by side on one labelled file (compare --report).</summary>
public static class ComparisonReportPage
{
    private const int DisagreementsShown = 25;

    public static string Render(
        ModelComparison comparison, IReadOnlyList<string> labels, IReadOnlyList<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(figures);

        var (a, b) = (comparison.Models[0], comparison.Models[1]);
        var file = Path.GetFileName(comparison.Input);
        var page = new HtmlDocument($"NameGender comparison: {labels[0]} and {labels[1]} on {file}")
            .Heading(1, $"{labels[0]} and {labels[1]} on {file}")
            .Table(
                ["", labels[0], labels[1]],
                [
                    ["model", a.Model, b.Model],
                    ["model id", a.ModelId, b.ModelId],
                    ["unknown threshold", Threshold(a.Benchmark.Threshold), Threshold(b.Benchmark.Threshold)],
                ])
            .Paragraph(
                $"Labelled file {comparison.Input} ({a.Shape}): {Count(a.Summary.Names)} names; "
                + $"{Count(a.SkippedUnknownTruth)} rows left out, their truth neither female nor male.")
            .Paragraph(ModelManifest.Disclaimer, "note")
            .Heading(2, "Headline figures")
            .Table(["figure", labels[0], labels[1], "difference"], Rows(a, b), 1, 2, 3);

        page.Heading(2, "Over thresholds and calibration");
        foreach (var figure in figures)
        {
            page.Figure(figure);
        }

        page.Heading(2, "By the evidence behind the answer")
            .Table(
                ["slice", $"names ({labels[0]})", $"accuracy ({labels[0]})", $"coverage ({labels[0]})",
                    $"names ({labels[1]})", $"accuracy ({labels[1]})", $"coverage ({labels[1]})"],
                a.ByEvidence.Zip(b.ByEvidence).Select(s => (IReadOnlyList<string>)
                [
                    s.First.Slice,
                    Count(s.First.Names), Share(s.First.Accuracy), Share(s.First.Coverage),
                    Count(s.Second.Names), Share(s.Second.Accuracy), Share(s.Second.Coverage),
                ]),
                1, 2, 3, 4, 5, 6);

        page.Heading(2, "Where they disagree")
            .Paragraph(
                "Names the two models answer differently at their thresholds, most births first.", "note")
            .Table(
                ["name", "female", "male", labels[0], "p_female", labels[1], "p_female"],
                comparison.Disagreements.Take(DisagreementsShown).Select(d => (IReadOnlyList<string>)
                [
                    d.Name, Count(d.Female), Count(d.Male),
                    Answer(d.First), Probability(d.FirstPFemale),
                    Answer(d.Second), Probability(d.SecondPFemale),
                ]),
                1, 2, 4, 6);

        page.Heading(2, "Definitions").Definitions(Definitions);
        return page.ToString();
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(ModelEvaluation a, ModelEvaluation b)
    {
        (string Figure, Func<ModelEvaluation, double> Value)[] rows =
        [
            ("accuracy (p ≥ 0.5 read as female)", e => e.Summary.Accuracy),
            ("birth-weighted accuracy", e => e.Summary.BirthWeightedAccuracy),
            ("log loss", e => e.Summary.LogLoss),
            ("expected calibration error", e => e.Reliability.ExpectedCalibrationError),
            ("coverage at the threshold", e => e.Benchmark.Coverage),
            ("accuracy of answered names", e => e.Benchmark.AnsweredAccuracy),
            ("errorCoded", e => e.Benchmark.ErrorCoded),
            ("errorCodedWithoutNA", e => e.Benchmark.ErrorCodedWithoutNa),
            ("naCoded", e => e.Benchmark.NaCoded),
            ("errorGenderBias", e => e.Benchmark.ErrorGenderBias),
        ];

        return rows.Select(r => (IReadOnlyList<string>)
            [r.Figure, Share(r.Value(a)), Share(r.Value(b)), Signed(r.Value(b) - r.Value(a))]);
    }
}
