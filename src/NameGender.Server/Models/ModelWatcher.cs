using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NameGender.Core.Models;
using NameGender.Core.Predictions;
using NameGender.Server.Observability;

namespace NameGender.Server.Models;

/// <summary>
/// Loads the model in the background once the server listens (so /ping can answer 503 meanwhile),
/// then watches its file: file-system events wake it early, a poll catches what events miss. A
/// replacement is loaded beside the served model and swapped in only when it loaded whole; a bad
/// replacement is logged and the served model stays.
/// </summary>
internal sealed partial class ModelWatcher : BackgroundService
{
    // Events arrive while a writer may still be busy; a short pause lets it finish.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    private readonly ModelHolder _holder;
    private readonly ServerOptions _options;
    private readonly ServerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<ModelWatcher> _logger;
    private TaskCompletionSource _changed = NewSignal();
    private ModelFileIdentity? _lastTried;
    private string? _lastProblem;

    public ModelWatcher(
        ModelHolder holder,
        IOptions<ServerOptions> options,
        ServerMetrics metrics,
        TimeProvider time,
        ILogger<ModelWatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        _holder = holder;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = Watch(ModelLocation.Resolve(_options.ModelPath));
        await RefreshAsync(stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = Volatile.Read(ref _changed).Task;
            await Task.WhenAny(changed, Task.Delay(_options.ModelPollInterval, _time, stoppingToken));
            if (changed.IsCompleted)
            {
                Volatile.Write(ref _changed, NewSignal());
                await Task.Delay(Settle, _time, stoppingToken);
            }

            if (!stoppingToken.IsCancellationRequested)
            {
                await RefreshAsync(stoppingToken);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var location = ModelLocation.Resolve(_options.ModelPath);
        if (location.Problem is { } problem)
        {
            Unavailable(problem);
            return;
        }

        // Unchanged since the last try (loaded or failed): nothing to do, and a broken file is
        // reported once, not at every poll.
        var identity = ModelFileIdentity.Of(location.File);
        if (identity is not null && identity == _lastTried)
        {
            return;
        }

        _lastTried = identity;
        var clock = Stopwatch.StartNew();
        GenderModel model;
        try
        {
            model = await Task.Run(() => ModelFile.Load(location.File!), cancellationToken);
        }
        catch (Exception e) when (e is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            _metrics.CountModelLoad(succeeded: false);
            Unavailable(e.Message);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file the format checks let through and the loader still chokes on is a bug, but it
            // must not stop a server that may be serving a good model; it is logged with its trace.
            _metrics.CountModelLoad(succeeded: false);
            LogUnexpectedLoadFailure(e, location.File!);
            Unavailable($"The model file '{location.File}' could not be loaded: {e.Message}");
            return;
        }

        var predictor = new GenderPredictor(model, new PredictorOptions { Threshold = _options.Threshold });
        var served = new ServedModel(predictor, _time.GetUtcNow(), _options.PredictionCacheSize, _metrics);
        var previous = _holder.Serve(served);
        _metrics.CountModelLoad(succeeded: true);
        _lastProblem = null;
        ReleaseLoadingMemory();

        var manifest = model.Manifest;
        if (previous is null)
        {
            LogLoaded(manifest.Name, manifest.ModelId, location.File!, clock.ElapsedMilliseconds);
        }
        else
        {
            LogSwapped(previous.Manifest.ModelId, manifest.ModelId, location.File!, clock.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// Loading reads the whole file into buffers several times its final size, and the GC keeps
    /// that memory committed for later allocations: some 100 MB of resident memory the server
    /// never needs again. A load is rare, so one aggressive collection afterwards is cheap.
    /// </summary>
    private static void ReleaseLoadingMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private void Unavailable(string problem)
    {
        if (string.Equals(problem, _lastProblem, StringComparison.Ordinal))
        {
            return;
        }

        _lastProblem = problem;
        if (_holder.Current is null)
        {
            _holder.MarkUnavailable(problem);
            LogNoModel(problem);
        }
        else
        {
            LogReplacementRejected(problem);
        }
    }

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

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Serving model {ModelName} ({ModelId}) from {ModelPath}, loaded in {ElapsedMs} ms")]
    private partial void LogLoaded(string modelName, string modelId, string modelPath, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Swapped model {PreviousModelId} for {ModelId} from {ModelPath}, loaded in {ElapsedMs} ms")]
    private partial void LogSwapped(string previousModelId, string modelId, string modelPath, long elapsedMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error,
        Message = "No model is served: {Problem}")]
    private partial void LogNoModel(string problem);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error,
        Message = "The replacement model was not loaded; the current model stays: {Problem}")]
    private partial void LogReplacementRejected(string problem);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error,
        Message = "Loading {ModelPath} failed unexpectedly")]
    private partial void LogUnexpectedLoadFailure(Exception exception, string modelPath);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning,
        Message = "The model folder {Folder} does not exist; checking for it by polling")]
    private partial void LogPollingOnly(string folder);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning,
        Message = "Cannot watch {Folder} ({Reason}); checking for a new model by polling")]
    private partial void LogWatchFailed(string folder, string reason);
}
