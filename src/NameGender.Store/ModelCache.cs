using Microsoft.Extensions.Logging;
using NameGender.Store.Storage;

namespace NameGender.Store;

/// <summary>
/// Local copies of stored versions under <c>CACHE/NAME/VERSION/model.ngmodel</c>. A copy is
/// downloaded beside its final name, checked against the version's SHA-256 and size, and only then
/// renamed into place; a cached copy is checked again before reuse, so a damaged cache is
/// downloaded afresh rather than trusted.
/// </summary>
internal sealed partial class ModelCache
{
    private readonly IObjectStorage _storage;
    private readonly ILogger _logger;

    public ModelCache(IObjectStorage storage, ILogger logger)
    {
        _storage = storage;
        _logger = logger;
    }

    public async Task<ResolvedModel> GetAsync(
        StoredVersion version, string cacheFolder, CancellationToken cancellationToken)
    {
        var key = StoreLayout.Model(version.Name, version.Version);
        var source = _storage.Describe(key);
        var folder = Path.Combine(Path.GetFullPath(cacheFolder), version.Name, version.Version);
        var path = Path.Combine(folder, StoreLayout.ModelFileName);

        if (File.Exists(path))
        {
            var (sha256, _) = await FileChecksum.OfFileAsync(path, cancellationToken);
            if (string.Equals(sha256, version.Sha256, StringComparison.Ordinal))
            {
                LogCacheHit(version.Name, version.Version, path);
                return new ResolvedModel(version, path, source);
            }

            LogCacheDamaged(path, sha256, version.Sha256);
            File.Delete(path);
        }

        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{StoreLayout.ModelFileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (!await _storage.TryDownloadAsync(key, temporary, cancellationToken))
            {
                throw new ModelStoreException(
                    $"{source} is missing, though its version {version.Version} is complete");
            }

            var (sha256, bytes) = await FileChecksum.OfFileAsync(temporary, cancellationToken);
            if (!string.Equals(sha256, version.Sha256, StringComparison.Ordinal) || bytes != version.Bytes)
            {
                throw new ModelStoreException(
                    $"{source} is corrupt: downloaded {bytes} bytes with SHA-256 {sha256}; its "
                    + $"{StoreLayout.CompletionMarkerFileName} says {version.Bytes} bytes with SHA-256 "
                    + $"{version.Sha256}. The download was discarded.");
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        LogDownloaded(version.Name, version.Version, source, path);
        return new ResolvedModel(version, path, source);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug,
        Message = "Using the cached copy of {Name} {Version} at {Path}")]
    private partial void LogCacheHit(string name, string version, string path);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning,
        Message = "The cached model {Path} has SHA-256 {Actual}, not {Expected}; downloading it again")]
    private partial void LogCacheDamaged(string path, string actual, string expected);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information,
        Message = "Downloaded {Name} {Version} from {Source} to {Path} and checked its SHA-256")]
    private partial void LogDownloaded(string name, string version, string source, string path);
}
