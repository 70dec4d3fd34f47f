namespace NameGender.Core.Predictions;

/// <summary>
/// One answer of the predictor. Field names are the public contract: JSON and CSV use the
/// snake_case forms (input, normalized, gender, p_female, evidence, source, reason).
/// </summary>
/// <param name="Input">The input exactly as given.</param>
/// <param name="Normalized">The key used for the lookup or the model; null when none was usable.</param>
/// <param name="Gender">female, male or unknown.</param>
/// <param name="PFemale">
/// P(female) whenever the lookup or the model gave one, also for unknown; null only when
/// <paramref name="Source"/> is none.
/// </param>
/// <param name="Evidence">Births or label weight behind a lookup; 0 for the model and for none.</param>
/// <param name="Source">lookup, model or none.</param>
/// <param name="Reason">Why the answer is unknown; null otherwise.</param>
public sealed record Prediction(
    string Input,
    string? Normalized,
    Gender Gender,
    double? PFemale,
    long Evidence,
    PredictionSource Source,
    string? Reason)
{
    /// <summary>
    /// Whose counts a lookup answer rests on: one ISO country code ("IT"), or several joined with
    /// commas when countries were pooled ("ES,FR,US"); null for the model, for none, and for
    /// sources without a country.
    /// </summary>
    public string? Country { get; init; }
}
