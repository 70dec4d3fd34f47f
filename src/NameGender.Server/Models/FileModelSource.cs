using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NameGender.Server.Models;

/// <summary>
/// The model file named by Server:ModelPath: file-system events wake the watcher early, a poll
/// catches what events miss (some mounts deliver none). A file is offered again only once its
/// identity (length, write time) changes, as an atomic rename does.
/// </summary>
internal sealed partial class FileModelSource : IModelSource
{
    // Events arrive while a writer may still be busy; a short pause lets it finish.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    private readonly ServerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FileModelSource> _logger;
    private TaskCompletionSource _changed = NewSignal();
    private FileSystemWatcher? _watcher;
    private bool _watching;
    private ModelFileIdentity? _lastOffered;

    public FileModelSource(
        IOptions<ServerOptions> options, TimeProvider time, ILogger<FileModelSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public Task<ModelOffer?> CheckAsync(CancellationToken cancellationToken)
    {
        var location = ModelLocation.Resolve(_options.ModelPath);
        if (!_watching)
        {
            // Watching starts before the first load, so a replacement written meanwhile is seen.
            _watching = true;
            _watcher = Watch(location);
        }

        if (location.Problem is { } problem)
        {
            return Task.FromResult<ModelOffer?>(ModelOffer.Missing(location.Folder, problem));
        }

        var identity = ModelFileIdentity.Of(location.File);
        if (identity is not null && identity == _lastOffered)
        {
            return Task.FromResult<ModelOffer?>(null);
        }

        _lastOffered = identity;
        return Task.FromResult<ModelOffer?>(ModelOffer.File(location.File!));
    }

    public async Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        var changed = Volatile.Read(ref _changed).Task;
        await Task.WhenAny(changed, Task.Delay(_options.ModelPollInterval, _time, cancellationToken));
        if (changed.IsCompleted)
        {
            Volatile.Write(ref _changed, NewSignal());
            await Task.Delay(Settle, _time, cancellationToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _watcher?.Dispose();

    private FileSystemWatcher? Watch(ModelLocation location)
    {
        if (!Directory.Exists(location.Folder))
        {
            LogPollingOnly(location.Folder);
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(location.Folder, location.Filter)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Created += (_, _) => Wake();
            watcher.Changed += (_, _) => Wake();
            watcher.Renamed += (_, _) => Wake();
            watcher.Deleted += (_, _) => Wake();
            watcher.Error += (_, _) => Wake();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (IOException e)
        {
            // inotify instances or watches can run out; the poll still finds replacements.
            LogWatchFailed(location.Folder, e.Message);
            return null;
        }
    }

    private void Wake() => Volatile.Read(ref _changed).TrySetResult();

    private static TaskCompletionSource NewSignal() =>
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning,
        Message = "The model folder {Folder} does not exist; checking for it by polling")]
    private partial void LogPollingOnly(string folder);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning,
        Message = "Cannot watch {Folder} ({Reason}); checking for a new model by polling")]
    private partial void LogWatchFailed(string folder, string reason);
}
