using System.Text.Json;
using Microsoft.Extensions.Logging;
using NameGender.Core.Models;
using NameGender.Core.Serialization;
using NameGender.Store.Storage;

namespace NameGender.Store;

/// <summary>
/// The model store over any <see cref="IObjectStorage"/>: the ordering of writes that keeps it
/// consistent lives here once, for folders and buckets alike. Open one with
/// <see cref="ModelStoreFactory.Open"/>.
/// </summary>
public sealed partial class ModelStore : IModelStore
{
    // Rollback needs only the last few; a bounded history keeps the pointer one small object.
    private const int HistoryLimit = 20;
    private const int IdAttempts = 10;

    private readonly IObjectStorage _storage;
    private readonly TimeProvider _time;
    private readonly ILogger<ModelStore> _logger;
    private readonly ModelCache _cache;

    internal ModelStore(IObjectStorage storage, TimeProvider time, ILogger<ModelStore> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);

        _storage = storage;
        _time = time;
        _logger = logger;
        _cache = new ModelCache(storage, logger);
    }

    public string Location => _storage.Location;

    /// <summary>
    /// Called before each step of a multi-object operation; tests throw from it to interrupt.
    /// </summary>
    internal Action<StoreStep>? BeforeStep { get; set; }

    public async Task<IReadOnlyList<string>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        var folders = await _storage.ListFoldersAsync(string.Empty, cancellationToken);
        return [.. folders.Where(f => ModelName.Validate(f) is null)];
    }

    public async Task<VersionListing> ListVersionsAsync(
        string name, CancellationToken cancellationToken = default)
    {
        ModelName.EnsureValid(name);

        var ids = await _storage.ListFoldersAsync(StoreLayout.Versions(name), cancellationToken);
        var versions = new List<StoredVersion>();
        var incomplete = new List<string>();
        foreach (var id in ids)
        {
            if (await TryReadMarkerAsync(name, id, cancellationToken) is { } version)
            {
                versions.Add(version);
            }
            else
            {
                incomplete.Add(id);
            }
        }

        var ordered = versions.OrderBy(v => v.StoredAt).ThenBy(v => v.Version, StringComparer.Ordinal);
        return new VersionListing([.. ordered], incomplete);
    }

    public async Task<StoredVersion> GetVersionAsync(
        string name, string version, CancellationToken cancellationToken = default)
    {
        ModelName.EnsureValid(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);

        if (await TryReadMarkerAsync(name, version, cancellationToken) is { } exact)
        {
            return exact;
        }

        var listing = await ListVersionsAsync(name, cancellationToken);
        var matches = listing.Versions
            .Where(v => v.Version.StartsWith(version, StringComparison.Ordinal))
            .ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ModelStoreException(
                $"{_storage.Describe(name)} has no version '{version}'"
                + (listing.IncompleteUploads.Contains(version)
                    ? " (an incomplete upload is not a version)"
                    : string.Empty)),
            _ => throw new ModelStoreException(
                $"'{version}' matches {matches.Count} versions of {name}: "
                + string.Join(", ", matches.Select(m => m.Version))),
        };
    }

    public async Task<ModelManifest> ReadManifestAsync(
        string name, string version, CancellationToken cancellationToken = default)
    {
        var stored = await GetVersionAsync(name, version, cancellationToken);
        var key = StoreLayout.Manifest(name, stored.Version);
        var bytes = await _storage.TryGetBytesAsync(key, cancellationToken)
            ?? throw new ModelStoreException($"{_storage.Describe(key)} is missing");

        var actual = FileChecksum.Of(bytes);
        if (!string.Equals(actual, stored.ManifestSha256, StringComparison.Ordinal))
        {
            throw new ModelStoreException(
                $"{_storage.Describe(key)} is corrupt: SHA-256 {actual}, its "
                + $"{StoreLayout.CompletionMarkerFileName} says {stored.ManifestSha256}");
        }

        return Deserialize<ModelManifest>(bytes, key);
    }

    public async Task<StoredVersion> AddVersionAsync(
        string name, string modelPath, ModelManifest manifest, CancellationToken cancellationToken = default)
    {
        ModelName.EnsureValid(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        ArgumentNullException.ThrowIfNull(manifest);

        var (sha256, bytes) = await FileChecksum.OfFileAsync(modelPath, cancellationToken);
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, NameGenderJson.Indented);
        var storedAt = _time.GetUtcNow();
        var id = await FreeVersionIdAsync(
            name, VersionId.Create(storedAt, manifest.ModelId), cancellationToken);
        var version = new StoredVersion(
            name,
            id,
            manifest.ModelId,
            sha256,
            bytes,
            storedAt,
            manifest.CreatedAt,
            manifest.Predictor.Threshold,
            manifest.Names,
            manifest.Metrics.Holdout?.Accuracy,
            FileChecksum.Of(manifestBytes));

        // The order is the guarantee: until the marker exists, readers see no version at all.
        Step(StoreStep.UploadingModel);
        await _storage.PutFileAsync(StoreLayout.Model(name, id), modelPath, cancellationToken);
        Step(StoreStep.UploadingManifest);
        await _storage.PutBytesAsync(StoreLayout.Manifest(name, id), manifestBytes, cancellationToken);
        Step(StoreStep.WritingCompletionMarker);
        await _storage.PutBytesAsync(
            StoreLayout.CompletionMarker(name, id),
            JsonSerializer.SerializeToUtf8Bytes(version, NameGenderJson.Indented),
            cancellationToken);

        LogStored(name, id, manifest.ModelId, bytes, _storage.Location);
        return version;
    }

    public async Task<PromotedPointer?> GetPromotedAsync(
        string name, CancellationToken cancellationToken = default)
    {
        ModelName.EnsureValid(name);

        var key = StoreLayout.PromotedPointer(name);
        var bytes = await _storage.TryGetBytesAsync(key, cancellationToken);
        return bytes is null ? null : Deserialize<PromotedPointer>(bytes, key);
    }

    public async Task<PromotedPointer> PromoteAsync(
        string name, string version, CancellationToken cancellationToken = default)
    {
        var target = await GetVersionAsync(name, version, cancellationToken);
        var current = await GetPromotedAsync(name, cancellationToken);
        if (current?.Version == target.Version)
        {
            return current;
        }

        IReadOnlyList<Promotion> history = current is null
            ? []
            : [new Promotion(current.Version, current.PromotedAt), .. current.History.Take(HistoryLimit - 1)];
        var pointer = new PromotedPointer(name, target.Version, _time.GetUtcNow(), history);
        await WritePointerAsync(pointer, cancellationToken);

        LogPromoted(name, target.Version, current?.Version);
        return pointer;
    }

    public async Task<PromotedPointer> RollbackAsync(
        string name, CancellationToken cancellationToken = default)
    {
        var current = await GetPromotedAsync(name, cancellationToken)
            ?? throw new ModelStoreException($"{name} has no promoted version to roll back from");

        // Versions deleted since they were promoted are skipped: rollback never points at nothing.
        for (var i = 0; i < current.History.Count; i++)
        {
            var earlier = current.History[i].Version;
            if (await TryReadMarkerAsync(name, earlier, cancellationToken) is null)
            {
                continue;
            }

            var pointer = new PromotedPointer(
                name, earlier, _time.GetUtcNow(), [.. current.History.Skip(i + 1)]);
            await WritePointerAsync(pointer, cancellationToken);
            LogRolledBack(name, current.Version, earlier);
            return pointer;
        }

        throw new ModelStoreException(
            $"{name}: no earlier promoted version is left to roll back to "
            + $"(the promoted one is {current.Version})");
    }

    public async Task DeleteVersionAsync(
        string name, string version, CancellationToken cancellationToken = default)
    {
        ModelName.EnsureValid(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);

        if (!VersionId.IsOneSegment(version))
        {
            throw new ModelStoreException($"'{version}' is not a version id");
        }

        var promoted = await GetPromotedAsync(name, cancellationToken);
        if (promoted?.Version == version)
        {
            throw new ModelStoreException(
                $"{name} {version} is the promoted version; "
                + "promote another one (or roll back) before deleting it");
        }

        var keys = await _storage.ListKeysAsync(StoreLayout.Version(name, version), cancellationToken);
        if (keys.Count == 0)
        {
            throw new ModelStoreException(
                $"{_storage.Describe(StoreLayout.Version(name, version))} does not exist");
        }

        // The marker goes first: from then on the version is an incomplete upload, never half a version.
        Step(StoreStep.DeletingCompletionMarker);
        await _storage.DeleteAsync(StoreLayout.CompletionMarker(name, version), cancellationToken);
        Step(StoreStep.DeletingVersionFiles);
        var marker = StoreLayout.CompletionMarker(name, version);
        foreach (var key in keys.Where(k => k != marker))
        {
            await _storage.DeleteAsync(key, cancellationToken);
        }

        LogDeleted(name, version);
    }

    public async Task<ResolvedModel> DownloadAsync(
        string name, string version, string cacheFolder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheFolder);

        var stored = await GetVersionAsync(name, version, cancellationToken);
        return await _cache.GetAsync(stored, cacheFolder, cancellationToken);
    }

    public async Task<ResolvedModel> ResolvePromotedModelAsync(
        string name, string cacheFolder, CancellationToken cancellationToken = default)
    {
        var pointer = await GetPromotedAsync(name, cancellationToken)
            ?? throw new ModelStoreException(
                $"{name} in {_storage.Location} has no promoted version; promote one with: "
                + $"namegender models promote {name} VERSION");
        return await DownloadAsync(name, pointer.Version, cacheFolder, cancellationToken);
    }

    public void Dispose() => _storage.Dispose();

    private async Task<StoredVersion?> TryReadMarkerAsync(
        string name, string version, CancellationToken cancellationToken)
    {
        if (!VersionId.IsOneSegment(version))
        {
            return null;
        }

        var key = StoreLayout.CompletionMarker(name, version);
        var bytes = await _storage.TryGetBytesAsync(key, cancellationToken);
        return bytes is null ? null : Deserialize<StoredVersion>(bytes, key);
    }

    private async Task<string> FreeVersionIdAsync(string name, string id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= IdAttempts; attempt++)
        {
            var candidate = attempt == 1 ? id : VersionId.WithSuffix(id, attempt);
            var taken = await _storage.ListKeysAsync(StoreLayout.Version(name, candidate), cancellationToken);
            if (taken.Count == 0)
            {
                return candidate;
            }
        }

        throw new ModelStoreException($"{name}: could not find a free version id near {id}");
    }

    private async Task WritePointerAsync(PromotedPointer pointer, CancellationToken cancellationToken)
    {
        Step(StoreStep.WritingPromotedPointer);
        await _storage.PutBytesAsync(
            StoreLayout.PromotedPointer(pointer.Name),
            JsonSerializer.SerializeToUtf8Bytes(pointer, NameGenderJson.Indented),
            cancellationToken);
    }

    private T Deserialize<T>(byte[] bytes, string key)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, NameGenderJson.Options)
                ?? throw new ModelStoreException($"{_storage.Describe(key)} is empty");
        }
        catch (JsonException e)
        {
            throw new ModelStoreException($"{_storage.Describe(key)} is unreadable: {e.Message}", e);
        }
    }

    private void Step(StoreStep step) => BeforeStep?.Invoke(step);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Stored {Name} version {Version} (model {ModelId}, {Bytes} bytes) in {Location}")]
    private partial void LogStored(string name, string version, string modelId, long bytes, string location);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Promoted {Name} version {Version} (before: {Previous})")]
    private partial void LogPromoted(string name, string version, string? previous);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "Rolled {Name} back from {From} to {To}")]
    private partial void LogRolledBack(string name, string from, string to);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Deleted {Name} version {Version}")]
    private partial void LogDeleted(string name, string version);
}
