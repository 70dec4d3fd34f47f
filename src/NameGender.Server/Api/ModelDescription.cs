using NameGender.Core.Models;
using NameGender.Server.Models;

namespace NameGender.Server.Api;

/// <summary>What GET /api/v1/model says about the served model.</summary>
/// <param name="Name">The model's name from its manifest.</param>
/// <param name="ModelId">The content hash of the model; equal ids give equal answers.</param>
/// <param name="ModelVersion">
/// The version predictions report: the store's version id when served from a store, else the model id.
/// </param>
/// <param name="Store">The stored version the model was loaded from; null for a file.</param>
/// <param name="FormatVersion">The model file format version.</param>
/// <param name="CreatedAt">When the model was trained.</param>
/// <param name="LoadedAt">When this server loaded it.</param>
/// <param name="Threshold">The unknown threshold in force.</param>
/// <param name="Names">Names in the model's lookup.</param>
/// <param name="Births">Births (or weighted labels) the model learned from.</param>
/// <param name="DataFirstYear">The first birth year of the data, if known.</param>
/// <param name="DataLastYear">The last birth year of the data, if known.</param>
/// <param name="Sources">The inputs the model was trained on.</param>
/// <param name="Metrics">Held-out figures and the lookup's smoothing check.</param>
/// <param name="Notes">What the predictions mean, and what they do not.</param>
internal sealed record ModelDescription(
    string Name,
    string ModelId,
    string ModelVersion,
    StoredVersionDescription? Store,
    int FormatVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset LoadedAt,
    double Threshold,
    int Names,
    long Births,
    int? DataFirstYear,
    int? DataLastYear,
    IReadOnlyList<ModelSource> Sources,
    ModelMetrics Metrics,
    string Notes)
{
    public static ModelDescription Of(ServedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var manifest = model.Manifest;
        return new ModelDescription(
            manifest.Name,
            manifest.ModelId,
            model.Version,
            model.StoreVersion is { } stored ? StoredVersionDescription.Of(stored) : null,
            manifest.FormatVersion,
            manifest.CreatedAt,
            model.LoadedAt,
            model.Predictor.Threshold,
            manifest.Names,
            manifest.Births,
            manifest.DataFirstYear,
            manifest.DataLastYear,
            manifest.Sources,
            manifest.Metrics,
            manifest.Notes);
    }
}
