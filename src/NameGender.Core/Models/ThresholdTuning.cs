using NameGender.Core.Evaluation;

namespace NameGender.Core.Models;

/// <summary>
/// How <c>namegender tune</c> chose a model's threshold: recorded in the tuned model's manifest.
/// </summary>
/// <param name="Objective">The figure minimised.</param>
/// <param name="MaxErrorCodedWithoutNa">The cap on errorCodedWithoutNA; null for none.</param>
/// <param name="MaxNaCoded">The cap on naCoded; null for none.</param>
/// <param name="Folds">Cross-validation folds.</param>
/// <param name="Input">The labelled file's name.</param>
/// <param name="InputSha256">SHA-256 of the labelled file's bytes.</param>
/// <param name="Names">Labelled names tuned on.</param>
/// <param name="PreviousThreshold">The threshold the model had before.</param>
/// <param name="Threshold">The threshold chosen.</param>
/// <param name="Train">Cross-validation: the training folds pooled.</param>
/// <param name="HeldOut">Cross-validation: the held-out folds pooled.</param>
/// <param name="TunedAt">When the tuning ran.</param>
public sealed record ThresholdTuning(
    TuningObjective Objective,
    double? MaxErrorCodedWithoutNa,
    double? MaxNaCoded,
    int Folds,
    string Input,
    string InputSha256,
    int Names,
    double PreviousThreshold,
    double Threshold,
    BenchmarkFigures Train,
    BenchmarkFigures HeldOut,
    DateTimeOffset TunedAt);
