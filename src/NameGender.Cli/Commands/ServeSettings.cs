using System.ComponentModel;
using System.Globalization;
using NameGender.Cli.Infrastructure;
using NameGender.Server;
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

    [CommandOption("-p|--port <PORT>")]
    [Description("The port to listen on. Default 8080.")]
    public int? Port { get; init; }

    [CommandOption("--host <ADDRESS>")]
    [Description("The address to listen on. Default 127.0.0.1: the server has no authentication, so "
        + "only this machine reaches it unless you say otherwise (0.0.0.0 for all addresses).")]
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

    [CommandOption("-v|--verbose")]
    [Description("Log every request at debug level (costs throughput).")]
    public bool Verbose { get; init; }

    /// <summary>
    /// Applies the options given on the command line over the configured ones. The model is
    /// --model, else Server:ModelPath from the configuration, else what predict would use.
    /// </summary>
    public void ApplyTo(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.ModelPath = Model
            ?? (string.IsNullOrWhiteSpace(options.ModelPath) ? ModelLocator.Resolve(null) : options.ModelPath);
        options.Port = Port ?? options.Port;
        options.Host = Host ?? options.Host;
        options.Urls = Urls ?? options.Urls;
        options.Threshold = Threshold ?? options.Threshold;
        options.MaxBodyBytes = MaxBodyBytes ?? options.MaxBodyBytes;
        options.MaxBatchNames = MaxBatch ?? options.MaxBatchNames;
        options.LogFormat = LogFormat ?? options.LogFormat;
        options.LogLevel = Verbose ? Microsoft.Extensions.Logging.LogLevel.Debug : options.LogLevel;
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

        return MaxBatch is < 1
            ? ValidationResult.Error(Invariant($"--max-batch must be at least 1; found {MaxBatch}"))
            : ValidationResult.Success();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
