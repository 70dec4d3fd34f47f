using Microsoft.Extensions.Logging;
using NameGender.Server.Feedback;
using NameGender.Server.Security;

namespace NameGender.Server;

/// <summary>
/// Everything the server can be told, bound from the "Server" section of appsettings.json, from
/// NAMEGENDER_SERVER__* environment variables and from the serve command's options, in that order.
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Server";

    /// <summary>
    /// SageMaker's own cap on a real-time invocation payload; at about 10 bytes a name it holds
    /// 600,000 names, far above the 20,000 a request must fit.
    /// </summary>
    public const long DefaultMaxBodyBytes = 6 * 1024 * 1024;

    /// <summary>The model file a folder given as <see cref="ModelPath"/> is expected to hold.</summary>
    public const string ModelFileName = "model" + Core.Models.ModelFile.Extension;

    /// <summary>
    /// The longest <see cref="ModelPollInterval"/>: a day, well within what a timer can wait.
    /// </summary>
    public static readonly TimeSpan LongestModelPollInterval = TimeSpan.FromDays(1);

    /// <summary>
    /// The model file, or a folder holding model.ngmodel or a single *.ngmodel file. Empty when
    /// the model comes from <see cref="Store"/>.
    /// </summary>
    public string ModelPath { get; set; } = string.Empty;

    /// <summary>
    /// A model store, a folder or s3://bucket/prefix, to serve the promoted version of
    /// <see cref="ModelName"/> from instead of <see cref="ModelPath"/>. The server reads the
    /// promoted pointer every <see cref="ModelPollInterval"/> and follows promotions and rollbacks.
    /// </summary>
    public string? Store { get; set; }

    /// <summary>The stored model whose promoted version is served from <see cref="Store"/>.</summary>
    public string? ModelName { get; set; }

    /// <summary>
    /// An S3-compatible server for an s3:// <see cref="Store"/>, e.g. http://127.0.0.1:4568; null
    /// takes AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL, else AWS. Credentials and region come from
    /// the AWS environment and profile, never from these options.
    /// </summary>
    public string? S3Endpoint { get; set; }

    /// <summary>
    /// Where verified copies of stored versions are kept. Null is $NAMEGENDER_CACHE, else
    /// namegender/models in the user's cache folder, shared with the command line.
    /// </summary>
    public string? ModelCache { get; set; }

    /// <summary>True when the model comes from <see cref="Store"/> rather than a file.</summary>
    public bool ServesFromStore => !string.IsNullOrWhiteSpace(Store);

    /// <summary>
    /// The address to listen on. Loopback by default: other machines reach the server only when
    /// someone says so, and then it needs credentials (<see cref="Access"/>).
    /// </summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; } = 8080;

    /// <summary>Semicolon-separated URLs to listen on; when set, they replace Host and Port.</summary>
    public string? Urls { get; set; }

    /// <summary>The largest request body accepted; larger ones are answered 413.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>The most names one REST or genderize.io batch may hold; more is answered 400.</summary>
    public int MaxBatchNames { get; set; } = 10_000;

    /// <summary>The unknown threshold; null uses the model's own.</summary>
    public double? Threshold { get; set; }

    /// <summary>
    /// Predictions kept per model, keyed by the name as sent. About 300 bytes an entry, so the
    /// default costs at most some 30 MB; when full the cache is emptied and refills.
    /// </summary>
    public int PredictionCacheSize { get; set; } = 100_000;

    /// <summary>
    /// How often the model file is checked for a replacement, besides the file-system events that
    /// usually notice it first (they are not delivered on every file system, e.g. some mounts).
    /// With a <see cref="Store"/>, how often its promoted pointer is read: one small GET.
    /// </summary>
    public TimeSpan ModelPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long in-flight requests may run on after a stop signal.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Text lines for people, or one JSON object a line for log collectors.</summary>
    public LogFormat LogFormat { get; set; } = LogFormat.Text;

    /// <summary>
    /// The server's own log level. Debug adds a line per request, which costs throughput; errors
    /// are logged at every level.
    /// </summary>
    public LogLevel LogLevel { get; set; } = LogLevel.Information;

    /// <summary>The feedback app: its database and demo data.</summary>
    public FeedbackOptions Feedback { get; set; } = new();

    /// <summary>The credentials the feedback app and the other protected routes ask for.</summary>
    public AccessOptions Access { get; set; } = new();
}
