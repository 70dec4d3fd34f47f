using NameGender.Core.Evaluation;

namespace NameGender.Training.Evaluation;

/// <summary>The truth read from a labelled file, ready to evaluate a model against.</summary>
/// <param name="Names">One entry per distinct name (count files) or per row (one truth per row).</param>
/// <param name="Shape">How the file gave its truth: counts, births_f/births_m, or a truth column.</param>
/// <param name="SkippedUnknownTruth">Rows left out because their truth is neither female nor male.</param>
public sealed record LabelledFile(IReadOnlyList<LabelledName> Names, string Shape, long SkippedUnknownTruth);
