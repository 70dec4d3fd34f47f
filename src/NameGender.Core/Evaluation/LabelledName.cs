namespace NameGender.Core.Evaluation;

/// <summary>
/// The truth for one evaluated name: how many female and male births (or rows) carry it. Its
/// truth label is the majority sex, ties read as female.
/// </summary>
public sealed record LabelledName(string Name, double Female, double Male)
{
    /// <summary>The grouping column's value (evaluate --group) for this name; null without one.</summary>
    public string? Group { get; init; }

    /// <summary>
    /// The country (ISO 3166-1 alpha-2) to predict this name with (evaluate --country-column); null
    /// predicts without one.
    /// </summary>
    public string? Country { get; init; }

    public double Total => Female + Male;

    public bool IsFemale => Female >= Male;

    /// <summary>The share of this name's births that a single best guess gets right.</summary>
    public double Majority => Math.Max(Female, Male);
}
