namespace NameGender.Store;

/// <summary>
/// One complete, immutable version of a stored model: what its completion marker
/// (complete.json) records. A version exists for readers only once this marker is written.
/// </summary>
/// <param name="Name">The stored model's name.</param>
/// <param name="Version">
/// The version id: UTC storage time and model id, e.g. 20250301-142233-5f0c2a9e1b7d.
/// </param>
/// <param name="ModelId">The model file's own content id (its manifest's model_id).</param>
/// <param name="Sha256">SHA-256 of the stored model file, checked on every download.</param>
/// <param name="Bytes">Size of the stored model file.</param>
/// <param name="StoredAt">When the version was written to the store.</param>
/// <param name="TrainedAt">When the model was trained (its manifest's created_at).</param>
/// <param name="Threshold">The model's default unknown threshold.</param>
/// <param name="Names">Names the model learned from.</param>
/// <param name="HoldoutAccuracy">
/// Accuracy on held-out names from its manifest; null when trained without.
/// </param>
/// <param name="ManifestSha256">SHA-256 of the version's manifest.json, checked when it is read.</param>
public sealed record StoredVersion(
    string Name,
    string Version,
    string ModelId,
    string Sha256,
    long Bytes,
    DateTimeOffset StoredAt,
    DateTimeOffset TrainedAt,
    double Threshold,
    int Names,
    double? HoldoutAccuracy,
    string ManifestSha256);
