using NameGender.Core.Predictions;

namespace NameGender.Feedback.Records;

/// <summary>
/// A record's gender with everything that belongs to it, stored and read as one unit so a gender
/// never exists without its probability, source, model and time.
/// </summary>
/// <param name="Gender">female, male or unknown.</param>
/// <param name="PFemale">
/// P(female) as predicted (null when the predictor had no usable name); 1 or 0 for a manual female
/// or male, null for a manual unknown.
/// </param>
/// <param name="Source">lookup, model, none or manual.</param>
/// <param name="ModelVersion">The model that predicted it (name@model_id); null for a manual gender.</param>
/// <param name="SetAt">When it was set.</param>
public sealed record GenderReading(
    Gender Gender,
    double? PFemale,
    GenderSource Source,
    string? ModelVersion,
    DateTimeOffset SetAt)
{
    /// <summary>A gender set by hand: certain for female and male, no probability for unknown.</summary>
    public static GenderReading Manual(Gender gender, DateTimeOffset setAt)
    {
        double? pFemale = gender switch
        {
            Gender.Female => 1.0,
            Gender.Male => 0.0,
            _ => null,
        };
        return new GenderReading(gender, pFemale, GenderSource.Manual, null, setAt);
    }
}
