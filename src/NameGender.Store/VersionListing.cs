namespace NameGender.Store;

/// <summary>The versions of one stored model.</summary>
/// <param name="Versions">Complete versions, oldest first.</param>
/// <param name="IncompleteUploads">
/// Ids of uploads that never wrote their completion marker (interrupted, or being written now):
/// never versions, listed only so they can be deleted.
/// </param>
public sealed record VersionListing(
    IReadOnlyList<StoredVersion> Versions, IReadOnlyList<string> IncompleteUploads);
