namespace NameGender.Store;

/// <summary>
/// A stored version copied to a local file whose SHA-256 matched the version's marker. Load it
/// with <c>ModelFile.Load</c>, which checks the model's own per-entry checksums as well.
/// </summary>
/// <param name="Version">The version the file holds.</param>
/// <param name="LocalPath">The verified local copy; never written again once returned.</param>
/// <param name="Source">Where it came from, for messages: s3://bucket/prefix/… or a folder path.</param>
public sealed record ResolvedModel(StoredVersion Version, string LocalPath, string Source);
