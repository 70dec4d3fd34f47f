using NameGender.Core.Evaluation;

namespace NameGender.Cli.Commands;

/// <summary>What evaluate --json prints: which model on which file, and its figures.</summary>
internal sealed record EvaluationResult(
    string Model,
    string ModelId,
    string Input,
    string Shape,
    long SkippedUnknownTruth,
    EvaluationSummary Summary);
