namespace NameGender.Core.Evaluation;

/// <summary>
/// One cross-validation fold: the threshold the other folds chose, and its figures on both parts.
/// </summary>
/// <param name="Fold">The fold held out, from 0.</param>
/// <param name="Threshold">The threshold chosen on the other folds.</param>
/// <param name="Train">Figures on the other folds at that threshold.</param>
/// <param name="HeldOut">Figures on this fold at that threshold.</param>
public sealed record TuningFold(int Fold, double Threshold, BenchmarkFigures Train, BenchmarkFigures HeldOut);
