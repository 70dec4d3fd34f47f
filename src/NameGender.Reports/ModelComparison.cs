using NameGender.Core.Evaluation;

namespace NameGender.Reports;

/// <summary>
/// Two models on the same labelled file: what compare --json prints and its HTML report draws.
/// </summary>
/// <param name="Input">The labelled file.</param>
/// <param name="Models">The two evaluations, in the order given.</param>
/// <param name="Disagreements">Names the two answer differently, most births first.</param>
public sealed record ModelComparison(
    string Input, IReadOnlyList<ModelEvaluation> Models, IReadOnlyList<Disagreement> Disagreements);
