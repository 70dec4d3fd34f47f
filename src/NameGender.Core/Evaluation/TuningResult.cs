namespace NameGender.Core.Evaluation;

/// <summary>The chosen threshold and the evidence for it.</summary>
/// <param name="Threshold">
/// The threshold chosen on all the labelled names: the one to write into the model.
/// </param>
/// <param name="All">
/// Figures on all the labelled names at that threshold (optimistic: chosen on them).
/// </param>
/// <param name="Folds">Each fold's own choice and figures.</param>
/// <param name="Train">The folds' training parts pooled, each at its fold's threshold.</param>
/// <param name="HeldOut">
/// The held-out folds pooled, each at the threshold the other folds chose: what to expect on new
/// names of the same kind. Its threshold is the mean of the folds'.
/// </param>
public sealed record TuningResult(
    double Threshold,
    BenchmarkFigures All,
    IReadOnlyList<TuningFold> Folds,
    BenchmarkFigures Train,
    BenchmarkFigures HeldOut);
