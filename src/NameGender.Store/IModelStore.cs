using NameGender.Core.Models;

namespace NameGender.Store;

/// <summary>
/// Named models, each a list of immutable versions and one promoted version, in a local folder or
/// an S3-compatible bucket. A version becomes visible only when its last object (a completion
/// marker with the model's SHA-256) is written, and the promoted pointer is one small object
/// replaced whole; so an interrupted upload or promote leaves the store as it was.
/// </summary>
public interface IModelStore : IDisposable
{
    /// <summary>The store as a user would write it: a folder path or s3://bucket/prefix.</summary>
    string Location { get; }

    /// <summary>The names of the stored models, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListModelsAsync(CancellationToken cancellationToken = default);

    /// <summary>The complete versions of a model (oldest first) and any incomplete uploads.</summary>
    Task<VersionListing> ListVersionsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// The complete version whose id is <paramref name="version"/> or starts with it (when only one
    /// does); throws <see cref="ModelStoreException"/> when there is none or the prefix is ambiguous.
    /// </summary>
    Task<StoredVersion> GetVersionAsync(
        string name, string version, CancellationToken cancellationToken = default);

    /// <summary>The full manifest of a complete version, checked against its marker.</summary>
    Task<ModelManifest> ReadManifestAsync(
        string name, string version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the model file at <paramref name="modelPath"/> as a new version of
    /// <paramref name="name"/>: the model, its manifest, then the completion marker. The new version
    /// is not promoted.
    /// </summary>
    /// <param name="name">The stored model's name (see <see cref="ModelName"/>).</param>
    /// <param name="modelPath">A model file, e.g. as written by <c>ModelFile.Save</c>.</param>
    /// <param name="manifest">
    /// That file's manifest, as <c>ModelFile.Save</c> or <c>ModelFile.Load</c> returned it.
    /// </param>
    /// <param name="cancellationToken">Cancels the upload; nothing becomes visible then.</param>
    Task<StoredVersion> AddVersionAsync(
        string name, string modelPath, ModelManifest manifest, CancellationToken cancellationToken = default);

    /// <summary>
    /// The promoted pointer of <paramref name="name"/>, or null when none was promoted: one small
    /// read, cheap enough to poll.
    /// </summary>
    Task<PromotedPointer?> GetPromotedAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Makes a complete version the promoted one, keeping the previous one in the history.</summary>
    Task<PromotedPointer> PromoteAsync(
        string name, string version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Promotes the most recent earlier promoted version that still exists, dropping it from the
    /// history.
    /// </summary>
    Task<PromotedPointer> RollbackAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a version (or an incomplete upload): its marker first, so it stops being a version
    /// at once. The promoted version cannot be deleted.
    /// </summary>
    Task DeleteVersionAsync(string name, string version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Copies a complete version into <paramref name="cacheFolder"/> (once; later calls reuse the
    /// copy after checking it) and returns the local file. A file whose SHA-256 differs from the
    /// marker's is refused with <see cref="ModelStoreException"/> and never left in the cache.
    /// </summary>
    Task<ResolvedModel> DownloadAsync(
        string name, string version, string cacheFolder, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="GetPromotedAsync"/> then <see cref="DownloadAsync"/>: the promoted version of
    /// <paramref name="name"/> as a verified local file. Throws <see cref="ModelStoreException"/>
    /// when nothing is promoted.
    /// </summary>
    Task<ResolvedModel> ResolvePromotedModelAsync(
        string name, string cacheFolder, CancellationToken cancellationToken = default);
}
