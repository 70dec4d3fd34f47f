namespace NameGender.Store.Storage;

/// <summary>
/// The few object operations the model store builds on. Keys are '/'-separated and relative to
/// the store's root. Every put replaces its object whole: a reader sees the old content or the new,
/// never part of it (one PUT on S3, a temporary file and a rename in a folder).
/// </summary>
internal interface IObjectStorage : IDisposable
{
    /// <summary>The store's root as a user would write it: a folder path or s3://bucket/prefix.</summary>
    string Location { get; }

    /// <summary>Where <paramref name="key"/> lives, for messages.</summary>
    string Describe(string key);

    Task PutFileAsync(string key, string sourcePath, CancellationToken cancellationToken);

    Task PutBytesAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The object's bytes, or null when it does not exist.</summary>
    Task<byte[]?> TryGetBytesAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the object to <paramref name="destinationPath"/>; false when it does not exist.
    /// </summary>
    Task<bool> TryDownloadAsync(string key, string destinationPath, CancellationToken cancellationToken);

    /// <summary>The names of the immediate sub-folders under <paramref name="prefix"/>.</summary>
    Task<IReadOnlyList<string>> ListFoldersAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Every key under <paramref name="prefix"/>, at any depth.</summary>
    Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes the object; deleting one that does not exist is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
