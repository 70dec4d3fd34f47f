using NameGender.Core.Data;
using NameGender.Core.Models;
using NameGender.Core.Predictions;

namespace NameGender.Core.Evaluation;

/// <summary>
/// Predicts every labelled name once, at threshold 0.5, for the threshold-free figures and curves.
/// </summary>
public static class EvaluatedNames
{
    /// <summary>The lowest unknown threshold: every probability passes it.</summary>
    public const double LowestThreshold = 0.5;

    /// <param name="model">The model to evaluate.</param>
    /// <param name="names">The labelled names; each one's own country, if any, is asked with it.</param>
    /// <param name="born">Birth years to count, for every name.</param>
    /// <param name="country">The country of the names that carry none; null for no country.</param>
    public static IReadOnlyList<EvaluatedName> Predict(
        GenderModel model, IEnumerable<LabelledName> names, YearPeriod? born = null, string? country = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(names);

        var predictor = new GenderPredictor(model, new PredictorOptions { Threshold = LowestThreshold });
        return [.. names.Select(n => new EvaluatedName(n, predictor.Predict(n.Name, born, n.Country ?? country)))];
    }

    /// <summary>
    /// The pairs <see cref="Evaluator.Summarize"/> takes; its figures read only p_female and the
    /// threshold.
    /// </summary>
    public static IReadOnlyList<(LabelledName Truth, Prediction Prediction)> AsPairs(
        this IReadOnlyList<EvaluatedName> names)
    {
        ArgumentNullException.ThrowIfNull(names);

        return [.. names.Select(n => (n.Truth, n.Prediction))];
    }
}
