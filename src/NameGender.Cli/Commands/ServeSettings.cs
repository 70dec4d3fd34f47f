using System.ComponentModel;
using System.Globalization;
using NameGender.Cli.Infrastructure;
using NameGender.Server;
using NameGender.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

internal sealed class ServeSettings : CommandSettings
{
    [CommandOption("-m|--model <MODEL>")]
    [Description("The model file, or a folder holding model.ngmodel. Default: Server:ModelPath from the "
        + "configuration, else $NAMEGENDER_MODEL, else the bundled model. "
        + "Replacing the file (write elsewhere, then rename over it) switches the server to the new model.")]
    public string? Model { get; init; }

    [CommandOption("-s|--store <STORE>")]
    [Description("Serve the promoted version of --name from this model store instead of a file: a folder "
        + "or s3://bucket/prefix. The server follows promotions and rollbacks. "
        + "Default with --name: Server:Store, else $NAMEGENDER_STORE, else namegender/models in the user's "
        + "data folder.")]
    public string? Store { get; init; }

    [CommandOption("--name <NAME>")]
    [Description("The stored model whose promoted version is served (with --store).")]
    public string? Name { get; init; }

    [CommandOption("--s3-endpoint <URL>")]
    [Description("An S3-compatible server for --store s3://…, e.g. http://127.0.0.1:4568 (path-style "
        + "addressing). Credentials and region come from the AWS environment and profile.")]
    public string? S3Endpoint { get; init; }

    [CommandOption("--poll-interval <SECONDS>")]
    [Description("How often to look for a new model: the file's identity, or the store's promoted pointer "
        + "(one small GET). Default 2. SIGHUP makes a server following a store look at once.")]
    public double? PollInterval { get; init; }

    [CommandOption("-p|--port <PORT>")]
    [Description("The port to listen on. Default 8080.")]
    public int? Port { get; init; }

    [CommandOption("--host <ADDRESS>")]
    [Description("The address to listen on. Default 127.0.0.1: only this machine reaches the server unless you "
        + "say otherwise (0.0.0.0 for all addresses), and then it needs --api-key or --user/--password.")]
    public string? Host { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("Semicolon-separated URLs to listen on, e.g. http://127.0.0.1:8080;http://[[::1]]:8080. "
        + "Replaces --host and --port.")]
    public string? Urls { get; init; }

    [CommandOption("-t|--threshold <T>")]
    [Description("Unknown threshold on max(p, 1-p), 0.5-1.0. Default: the model's own.")]
    public double? Threshold { get; init; }

    [CommandOption("--max-body-bytes <BYTES>")]
    [Description("The largest request body accepted; larger is answered 413. Default 6 MiB, as SageMaker.")]
    public long? MaxBodyBytes { get; init; }

    [CommandOption("--max-batch <NAMES>")]
    [Description("The most names in one REST or genderize.io batch. Default 10,000.")]
    public int? MaxBatch { get; init; }

    [CommandOption("--log-format <FORMAT>")]
    [Description("text (default) or json, one object per line for log collectors.")]
    public LogFormat? LogFormat { get; init; }

    [CommandOption("--demo")]
    [Description("Start the feedback app with generated demo feedback (300 records, a fixed seed) in a fresh "
        + "SQLite file, or in --database/--postgres when that holds no feedback yet.")]
    public bool Demo { get; init; }

    [CommandOption("--database <FILE>")]
    [Description("The SQLite file holding the feedback, created on first run. "
        + "Default: ~/.local/share/namegender/feedback.db.")]
    public string? Database { get; init; }

    [CommandOption("--postgres <CONNECTION>")]
    [Description("Keep the feedback in PostgreSQL instead, for several servers sharing one database: "
        + "\"Host=db;Username=app;Password=…;Database=feedback\".")]
    public string? Postgres { get; init; }

    [CommandOption("--api-key <KEY>")]
    [Description("Require this key (X-Api-Key header) for the feedback app and the protected routes; "
        + "at least 16 characters. Prefer NAMEGENDER_SERVER__ACCESS__APIKEY: arguments show in process lists.")]
    public string? ApiKey { get; init; }

    [CommandOption("--user <NAME>")]
    [Description("Require this user (HTTP Basic, as browsers ask) with --password.")]
    public string? User { get; init; }

    [CommandOption("--password <PASSWORD>")]
    [Description("The password of --user, at least 12 characters. "
        + "Prefer NAMEGENDER_SERVER__ACCESS__PASSWORD: arguments show in process lists.")]
    public string? Password { get; init; }

    [CommandOption("--open-predictions")]
    [Description("With credentials required, keep the prediction routes, /metrics and the API reference open.")]
    public bool OpenPredictions { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Log every request at debug level (costs throughput).")]
    public bool Verbose { get; init; }

    /// <summary>
    /// Applies the options given on the command line over the configured ones. The model is
    /// --model, else --store/--name, else the configured file or store, else what predict would use.
    /// </summary>
    public void ApplyTo(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        ApplyModelSourceTo(options);
        options.Port = Port ?? options.Port;
        options.Host = Host ?? options.Host;
        options.Urls = Urls ?? options.Urls;
        options.Threshold = Threshold ?? options.Threshold;
        options.MaxBodyBytes = MaxBodyBytes ?? options.MaxBodyBytes;
        options.MaxBatchNames = MaxBatch ?? options.MaxBatchNames;
        options.LogFormat = LogFormat ?? options.LogFormat;
        options.LogLevel = Verbose ? Microsoft.Extensions.Logging.LogLevel.Debug : options.LogLevel;
        ApplyFeedbackTo(options);
    }

    /// <summary>
    /// Where the model comes from. A source named on the command line replaces a configured one of
    /// the other kind, so --store works with an appsettings.json that names a model file.
    /// </summary>
    private void ApplyModelSourceTo(ServerOptions options)
    {
        if (Model is not null)
        {
            options.ModelPath = Model;
            options.Store = null;
            options.ModelName = null;
        }
        else if (Store is not null || Name is not null)
        {
            options.Store = Store ?? NonBlank(options.Store) ?? ModelStoreDefaults.StoreLocation;
            options.ModelName = Name ?? options.ModelName;
            options.ModelPath = string.Empty;
        }
        else if (!options.ServesFromStore && string.IsNullOrWhiteSpace(options.ModelPath))
        {
            options.ModelPath = ModelLocator.Resolve(null);
        }

        options.S3Endpoint = S3Endpoint ?? options.S3Endpoint;
        options.ModelPollInterval = PollInterval is { } seconds
            ? TimeSpan.FromSeconds(seconds)
            : options.ModelPollInterval;
    }

    /// <summary>
    /// The feedback app's options. --demo without a database of its own gets a fresh SQLite file in
    /// the temp folder, so the demo never mixes with real feedback and starts anew each time.
    /// </summary>
    private void ApplyFeedbackTo(ServerOptions options)
    {
        var feedback = options.Feedback;
        feedback.Database = Database ?? feedback.Database;
        feedback.Postgres = Postgres ?? feedback.Postgres;
        if (Demo)
        {
            feedback.Demo = true;
            if (string.IsNullOrWhiteSpace(feedback.Database) && string.IsNullOrWhiteSpace(feedback.Postgres))
            {
                var name = string.Create(CultureInfo.InvariantCulture,
                    $"feedback-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.db");
                feedback.Database = Path.Combine(Path.GetTempPath(), "namegender-demo", name);
            }
        }

        var access = options.Access;
        access.ApiKey = ApiKey ?? access.ApiKey;
        access.User = User ?? access.User;
        access.Password = Password ?? access.Password;
        access.OpenPredictions |= OpenPredictions;
    }

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535)
        {
            return ValidationResult.Error(Invariant($"--port must be within 0-65535; found {Port}"));
        }

        if (Threshold is { } t && !(t >= 0.5 && t <= 1))
        {
            return ValidationResult.Error(Invariant($"--threshold must be within 0.5-1.0; found {t}"));
        }

        if (MaxBodyBytes is < 1024)
        {
            return ValidationResult.Error(
                Invariant($"--max-body-bytes must be at least 1024; found {MaxBodyBytes}"));
        }

        if (Model is not null && (Store is not null || Name is not null))
        {
            return ValidationResult.Error(
                "--model serves a file, --store and --name a stored model; give one or the other");
        }

        // The server itself waits for a configured file to appear (a deployment may write it after
        // the start); a path typed on the command line that names nothing is a mistake to say now.
        if (Model is not null && !File.Exists(Model) && !Directory.Exists(Model))
        {
            return ValidationResult.Error($"--model: '{Model}' does not exist; give a model file or a folder holding one");
        }

        if (Name is not null && ModelName.Validate(Name) is { } nameError)
        {
            return ValidationResult.Error($"--name: {nameError}");
        }

        var longestPoll = ServerOptions.LongestModelPollInterval.TotalSeconds;
        if (PollInterval is { } poll && !(poll > 0 && poll <= longestPoll))
        {
            return ValidationResult.Error(Invariant(
                $"--poll-interval must be above 0 and at most {longestPoll} seconds; found {poll}"));
        }

        if (Database is not null && Postgres is not null)
        {
            return ValidationResult.Error("--database (SQLite) and --postgres both name a database; give one");
        }

        return MaxBatch is < 1
            ? ValidationResult.Error(Invariant($"--max-batch must be at least 1; found {MaxBatch}"))
            : ValidationResult.Success();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
