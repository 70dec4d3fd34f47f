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
/// then follows its source: a file replaced by a rename, or the promoted version in a store. A
/// new model is loaded beside the served one and swapped in only when it loaded whole; a bad one
/// is logged and the served model stays.
/// </summary>
internal sealed partial class ModelWatcher : BackgroundService
{
    private readonly IModelSource _source;
    private readonly ModelHolder _holder;
    private readonly ServerOptions _options;
    private readonly ServerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<ModelWatcher> _logger;
    private string? _lastProblem;

    public ModelWatcher(
        IModelSource source,
        ModelHolder holder,
        IOptions<ServerOptions> options,
        ServerMetrics metrics,
        TimeProvider time,
        ILogger<ModelWatcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        _source = source;
        _holder = holder;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RefreshAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await _source.WaitForChangeAsync(stoppingToken);
            if (!stoppingToken.IsCancellationRequested)
            {
                await RefreshAsync(stoppingToken);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        ModelOffer? offer;
        try
        {
            offer = await _source.CheckAsync(cancellationToken);
        }
        catch (Exception e) when (!IsStopping(e, cancellationToken))
        {
            // The sources turn expected failures into offers; anything else is a bug, logged with
            // its trace, and it must not stop a server that may be serving a good model.
            LogUnexpectedSourceFailure(e);
            Unavailable($"The model source failed unexpectedly: {e.Message}");
            return;
        }

        if (offer is null)
        {
            return;
        }

        if (offer.Problem is { } problem)
        {
            if (offer.IsRefusal)
            {
                _metrics.CountModelLoad(succeeded: false);
            }

            Unavailable(problem);
            return;
        }

        await LoadAsync(offer, cancellationToken);
    }

    private async Task LoadAsync(ModelOffer offer, CancellationToken cancellationToken)
    {
        var path = offer.Path!;
        var clock = Stopwatch.StartNew();
        GenderModel model;
        try
        {
            model = await Task.Run(() => ModelFile.Load(path), cancellationToken);
        }
        catch (Exception e) when (e is ModelFormatException or IOException or UnauthorizedAccessException)
        {
            _metrics.CountModelLoad(succeeded: false);
            Unavailable(e.Message);
            return;
        }
        catch (Exception e) when (!IsStopping(e, cancellationToken))
        {
            // A file the format checks let through and the loader still chokes on is a bug, but it
            // must not stop a server that may be serving a good model; it is logged with its trace.
            _metrics.CountModelLoad(succeeded: false);
            LogUnexpectedLoadFailure(e, path);
            Unavailable($"The model file '{path}' could not be loaded: {e.Message}");
            return;
        }

        var predictor = new GenderPredictor(model, new PredictorOptions { Threshold = _options.Threshold });
        var served = new ServedModel(
            predictor, offer.StoreVersion, _time.GetUtcNow(), _options.PredictionCacheSize, _metrics);
        var previous = _holder.Serve(served);
        _metrics.CountModelLoad(succeeded: true);
        _lastProblem = null;
        ReleaseLoadingMemory();

        if (previous is null)
        {
            LogLoaded(served.Manifest.Name, served.Version, offer.Origin, clock.ElapsedMilliseconds);
        }
        else
        {
            LogSwapped(previous.Version, served.Version, offer.Origin, clock.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// Loading reads the whole file into buffers several times its final size, and the GC keeps
    /// that memory committed for later allocations: some 100 MB of resident memory the server
    /// never needs again. A load is rare, so one aggressive collection afterwards is cheap.
    /// </summary>
    private static void ReleaseLoadingMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    // Only the server's own stop may end the watcher; any other cancellation is a failure like the rest.
    private static bool IsStopping(Exception e, CancellationToken stoppingToken) =>
        e is OperationCanceledException && stoppingToken.IsCancellationRequested;

    private void Unavailable(string problem)
    {
        if (string.Equals(problem, _lastProblem, StringComparison.Ordinal))
        {
            return;
        }

        _lastProblem = problem;
        if (_holder.Current is { } current)
        {
            LogReplacementRejected(current.Version, problem);
        }
        else
        {
            _holder.MarkUnavailable(problem);
            LogNoModel(problem);
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Serving model {ModelName} version {ModelVersion} from {Origin}, "
            + "loaded in {ElapsedMs} ms")]
    private partial void LogLoaded(string modelName, string modelVersion, string origin, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Swapped model version {PreviousVersion} for {ModelVersion} from {Origin}, "
            + "loaded in {ElapsedMs} ms")]
    private partial void LogSwapped(
        string previousVersion, string modelVersion, string origin, long elapsedMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error,
        Message = "No model is served: {Problem}")]
    private partial void LogNoModel(string problem);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error,
        Message = "The new model was not loaded; version {ModelVersion} keeps serving: {Problem}")]
    private partial void LogReplacementRejected(string modelVersion, string problem);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error,
        Message = "Loading {ModelPath} failed unexpectedly")]
    private partial void LogUnexpectedLoadFailure(Exception exception, string modelPath);

    [LoggerMessage(EventId = 109, Level = LogLevel.Error,
        Message = "Checking the model source failed unexpectedly")]
    private partial void LogUnexpectedSourceFailure(Exception exception);
}
