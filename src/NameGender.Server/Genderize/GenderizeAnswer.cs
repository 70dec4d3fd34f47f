using System.Text.Json.Serialization;
using NameGender.Core.Predictions;

namespace NameGender.Server.Genderize;

/// <summary>One answer in genderize.io's shape.</summary>
/// <param name="Name">The name as sent.</param>
/// <param name="Gender">"male", "female", or null when unknown.</param>
/// <param name="Probability">
/// The probability of <paramref name="Gender"/>, two decimals; 0 when unknown.
/// </param>
/// <param name="Count">Births behind the answer; 0 when the character model answered.</param>
/// <param name="CountryId">The country asked for, echoed as genderize.io does; absent when none was.</param>
internal sealed record GenderizeAnswer(
    string Name,
    string? Gender,
    double Probability,
    long Count,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CountryId)
{
    public static GenderizeAnswer Of(string name, Prediction prediction, string? countryId)
    {
        ArgumentNullException.ThrowIfNull(prediction);

        return prediction.Gender switch
        {
            Core.Predictions.Gender.Female =>
                new(name, "female", Math.Round(prediction.PFemale!.Value, 2), prediction.Evidence, countryId),
            Core.Predictions.Gender.Male =>
                new(name, "male", Math.Round(1 - prediction.PFemale!.Value, 2), prediction.Evidence, countryId),
            _ => new(name, null, 0, prediction.Evidence, countryId),
        };
    }
}
