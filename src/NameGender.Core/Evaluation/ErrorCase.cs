using NameGender.Core.Predictions;

namespace NameGender.Core.Evaluation;

/// <summary>One misclassified name, as the worst-errors table shows it.</summary>
/// <param name="Name">The name as the labelled file gives it.</param>
/// <param name="Female">Female births (or rows) in the labelled file.</param>
/// <param name="Male">Male births (or rows) in the labelled file.</param>
/// <param name="PFemale">The model's p_female.</param>
/// <param name="Answer">The wrong answer given at the threshold.</param>
/// <param name="Source">lookup or model.</param>
/// <param name="Evidence">Lookup births behind the answer; 0 for the model.</param>
/// <param name="Group">The grouping column's value, if any.</param>
public sealed record ErrorCase(
    string Name,
    double Female,
    double Male,
    double PFemale,
    Gender Answer,
    PredictionSource Source,
    long Evidence,
    string? Group)
{
    /// <summary>
    /// The misclassified names that cost most: most births answered wrong first (a common name
    /// wrong outweighs a rare one), then the most confident.
    /// </summary>
    public static IReadOnlyList<ErrorCase> Worst(
        IReadOnlyList<EvaluatedName> names, double threshold, int count)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        return
        [
            .. names
                .Select(n => (Name: n, Answer: n.DecideAt(threshold)))
                .Where(e => e.Answer != Gender.Unknown
                    && (e.Answer == Gender.Female) != e.Name.Truth.IsFemale)
                .OrderByDescending(e => e.Name.Truth.Majority)
                .ThenByDescending(e => e.Name.Confidence)
                .ThenBy(e => e.Name.Truth.Name, StringComparer.Ordinal)
                .Take(count)
                .Select(e => new ErrorCase(
                    e.Name.Truth.Name,
                    e.Name.Truth.Female,
                    e.Name.Truth.Male,
                    e.Name.Prediction.PFemale ?? 0,
                    e.Answer,
                    e.Name.Prediction.Source,
                    e.Name.Prediction.Evidence,
                    e.Name.Truth.Group)),
        ];
    }
}
