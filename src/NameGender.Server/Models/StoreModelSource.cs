using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NameGender.Store;
using NameGender.Store.Storage;

namespace NameGender.Server.Models;

/// <summary>
/// The promoted version of Server:ModelName in Server:Store. Each check reads the promoted pointer
/// (one small object: a GET on S3) and, when it names a version not offered yet, copies that
/// version into the local cache, verified against its SHA-256, and offers the copy. Promotions
/// and rollbacks are both just a new pointer, so the server follows either. Interrupted uploads
/// never reach it: the store neither lists nor promotes a version without its completion marker.
/// </summary>
internal sealed partial class StoreModelSource : IModelSource
{
    private readonly IModelStore _store;
    private readonly string _name;
    private readonly string _cacheFolder;
    private readonly TimeSpan _pollInterval;
    private readonly TimeProvider _time;
    private readonly ILogger<StoreModelSource> _logger;
    private readonly HangUpSignal _hangUp;
    private string? _lastOffered;
    private DownloadRetry? _retry;

    public StoreModelSource(
        IOptions<ServerOptions> options,
        TimeProvider time,
        ILoggerFactory loggers,
        ILogger<StoreModelSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        var settings = options.Value;
        _store = ModelStoreFactory.Open(
            settings.Store!, new S3StoreOptions { Endpoint = settings.S3Endpoint }, loggers, time);
        _name = settings.ModelName!;
        _cacheFolder = string.IsNullOrWhiteSpace(settings.ModelCache)
            ? ModelStoreDefaults.CacheFolder
            : settings.ModelCache;
        _pollInterval = settings.ModelPollInterval;
        _time = time;
        _logger = logger;

        // Handled from the start: SIGHUP's default action would end the process.
        _hangUp = new HangUpSignal();
    }

    public async Task<ModelOffer?> CheckAsync(CancellationToken cancellationToken)
    {
        var origin = $"{_name} in {_store.Location}";
        PromotedPointer? pointer;
        try
        {
            pointer = await _store.GetPromotedAsync(_name, cancellationToken);
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            return ModelOffer.Missing(
                origin, $"Cannot read the promoted version of {origin}: {e.Message}");
        }

        if (pointer is null)
        {
            return ModelOffer.Missing(
                origin,
                $"{origin} has no promoted version; promote one with: "
                + $"namegender models promote {_name} VERSION --store {_store.Location}");
        }

        var now = _time.GetUtcNow();
        if (pointer.Version == _lastOffered || _retry?.Defers(pointer.Version, now) == true)
        {
            return null;
        }

        LogFetching(_name, pointer.Version, _store.Location);
        ResolvedModel resolved;
        try
        {
            resolved = await _store.DownloadAsync(
                _name, pointer.Version, _cacheFolder, cancellationToken);
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            _retry = DownloadRetry.After(_retry, pointer.Version, now, _pollInterval);
            return ModelOffer.Refused($"{_name} {pointer.Version} in {_store.Location}", e.Message);
        }

        _retry = null;
        _lastOffered = pointer.Version;
        var version = new ServedStoreVersion(_store.Location, resolved.Version, pointer.PromotedAt);
        return ModelOffer.Stored(resolved.LocalPath, version);
    }

    public async Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        var poll = Task.Delay(_pollInterval, _time, cancellationToken);
        if (await Task.WhenAny(_hangUp.Next, poll) != poll)
        {
            LogHangUp(_name, _store.Location);
        }

        _hangUp.Reset();
    }

    public void Dispose()
    {
        _hangUp.Dispose();
        _store.Dispose();
    }

    // A store that cannot be reached, refuses access or holds a corrupt object is an expected
    // failure: the served model stays and the next check tries again. So is an S3 call that timed
    // out, which the SDK reports as a cancellation nobody asked for.
    private static bool IsStoreFailure(Exception e, CancellationToken cancellationToken) =>
        e is ModelStoreException or IOException or UnauthorizedAccessException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    [LoggerMessage(EventId = 107, Level = LogLevel.Information,
        Message = "Fetching {StoredName} version {Version} from {Store}")]
    private partial void LogFetching(string storedName, string version, string store);

    [LoggerMessage(EventId = 108, Level = LogLevel.Information,
        Message = "SIGHUP: reading the promoted version of {StoredName} in {Store} now")]
    private partial void LogHangUp(string storedName, string store);
}
