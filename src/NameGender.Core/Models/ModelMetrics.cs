using NameGender.Core.Evaluation;

namespace NameGender.Core.Models;

/// <summary>The figures a model carries about itself.</summary>
public sealed record ModelMetrics
{
    /// <summary>
    /// Figures on names held out of training (the model that produced them never saw those names);
    /// null when the model was trained without a held-out split.
    /// </summary>
    public EvaluationSummary? Holdout { get; init; }

    /// <summary>
    /// Held-out figures per country, when the model learned from several: each country's held-out
    /// names, with that country's counts as the truth, predicted with that country given.
    /// </summary>
    public IReadOnlyDictionary<string, EvaluationSummary>? HoldoutByCountry { get; init; }

    /// <summary>The held-out split behind <see cref="Holdout"/>, e.g. "md5 % 5 == 0".</summary>
    public string? HoldoutRule { get; init; }

    /// <summary>
    /// The shipped lookup on all its own training births: a check that smoothing flips no majority
    /// (its birth-weighted accuracy should equal the Bayes ceiling).
    /// </summary>
    public required EvaluationSummary Lookup { get; init; }
}
