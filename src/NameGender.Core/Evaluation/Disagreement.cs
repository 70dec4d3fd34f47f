using NameGender.Core.Predictions;

namespace NameGender.Core.Evaluation;

/// <summary>A name two models answer differently, each at its own threshold.</summary>
/// <param name="Name">The name as the labelled file gives it.</param>
/// <param name="Female">Female births (or rows) in the labelled file.</param>
/// <param name="Male">Male births (or rows) in the labelled file.</param>
/// <param name="First">The first model's answer.</param>
/// <param name="FirstPFemale">The first model's p_female; null when it had none.</param>
/// <param name="Second">The second model's answer.</param>
/// <param name="SecondPFemale">The second model's p_female; null when it had none.</param>
public sealed record Disagreement(
    string Name,
    double Female,
    double Male,
    Gender First,
    double? FirstPFemale,
    Gender Second,
    double? SecondPFemale)
{
    /// <summary>
    /// The names two evaluations of the same labelled names answer differently, most births
    /// first. Both lists must come from the same labelled file, in its order.
    /// </summary>
    public static IReadOnlyList<Disagreement> Find(
        IReadOnlyList<EvaluatedName> first,
        double firstThreshold,
        IReadOnlyList<EvaluatedName> second,
        double secondThreshold,
        int count)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException(
                "both evaluations must cover the same labelled names", nameof(second));
        }

        return
        [
            .. first.Zip(second)
                .Select(pair => (
                    pair.First,
                    pair.Second,
                    A: pair.First.DecideAt(firstThreshold),
                    B: pair.Second.DecideAt(secondThreshold)))
                .Where(d => d.A != d.B)
                .OrderByDescending(d => d.First.Truth.Total)
                .ThenBy(d => d.First.Truth.Name, StringComparer.Ordinal)
                .Take(count)
                .Select(d => new Disagreement(
                    d.First.Truth.Name,
                    d.First.Truth.Female,
                    d.First.Truth.Male,
                    d.A,
                    d.First.Prediction.PFemale,
                    d.B,
                    d.Second.Prediction.PFemale)),
        ];
    }
}
