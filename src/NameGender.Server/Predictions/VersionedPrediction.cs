using NameGender.Core.Predictions;

namespace NameGender.Server.Predictions;

/// <summary>
/// A prediction record as the verbose HTTP answers give it: the fields of the prediction contract
/// followed by the version of the model that answered, so a caller can tell which answers came
/// before and after a model swap. The fields are spelled out rather than nested, because clients
/// read them flat; a convention test keeps them in step with <see cref="Prediction"/>.
/// </summary>
/// <param name="Input">The input exactly as given.</param>
/// <param name="Normalized">The key used for the lookup or the model; null when none was usable.</param>
/// <param name="Gender">female, male or unknown.</param>
/// <param name="PFemale">
/// P(female) whenever the lookup or the model gave one, also for unknown; null only for source none.
/// </param>
/// <param name="Evidence">Births or label weight behind a lookup; 0 for the model and for none.</param>
/// <param name="Source">lookup, model or none.</param>
/// <param name="Reason">Why the answer is unknown; null otherwise.</param>
/// <param name="Country">
/// Whose counts a lookup answer rests on: one ISO country code, or several joined with commas when
/// countries were pooled; null for the model, for none, and for sources without a country.
/// </param>
/// <param name="ModelVersion">
/// The served model's version: its store version id when served from a store, else its model id.
/// </param>
internal sealed record VersionedPrediction(
    string Input,
    string? Normalized,
    Gender Gender,
    double? PFemale,
    long Evidence,
    PredictionSource Source,
    string? Reason,
    string? Country,
    string ModelVersion)
{
    public static VersionedPrediction Of(Prediction prediction, string modelVersion)
    {
        ArgumentNullException.ThrowIfNull(prediction);

        return new VersionedPrediction(
            prediction.Input,
            prediction.Normalized,
            prediction.Gender,
            prediction.PFemale,
            prediction.Evidence,
            prediction.Source,
            prediction.Reason,
            prediction.Country,
            modelVersion);
    }

    public static VersionedPrediction[] All(IReadOnlyList<Prediction> predictions, string modelVersion)
    {
        ArgumentNullException.ThrowIfNull(predictions);

        var records = new VersionedPrediction[predictions.Count];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = Of(predictions[i], modelVersion);
        }

        return records;
    }
}
