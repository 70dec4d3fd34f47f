using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using NameGender.Server.Feedback;
using NameGender.Server.Security;

namespace NameGender.Server.Hosting;

/// <summary>
/// Checks the options once, when the server is built, so a bad value never reaches a request.
/// </summary>
internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>(ModelSourceChecks.Check(options));

        if (string.IsNullOrWhiteSpace(options.Urls) && !IsHost(options.Host))
        {
            failures.Add($"Server:Host '{options.Host}' is not an IP address or localhost");
        }

        if (!string.IsNullOrWhiteSpace(options.Urls) && ListeningScope.FirstInvalidUrl(options.Urls) is { } url)
        {
            failures.Add($"Server:Urls: invalid URL '{url}'; expected e.g. http://127.0.0.1:8080");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add(Invariant($"Server:Port must be within 0-65535; found {options.Port}"));
        }

        if (options.MaxBodyBytes < 1024)
        {
            failures.Add(Invariant($"Server:MaxBodyBytes must be at least 1024; found {options.MaxBodyBytes}"));
        }

        if (options.MaxBatchNames < 1)
        {
            failures.Add(Invariant($"Server:MaxBatchNames must be at least 1; found {options.MaxBatchNames}"));
        }

        if (options.Threshold is { } t && !(t >= 0.5 && t <= 1))
        {
            failures.Add(Invariant($"Server:Threshold must be within 0.5-1.0; found {t}"));
        }

        if (options.PredictionCacheSize < 0)
        {
            failures.Add(Invariant(
                $"Server:PredictionCacheSize must be 0 or more; found {options.PredictionCacheSize}"));
        }

        if (options.ModelPollInterval <= TimeSpan.Zero || options.ShutdownTimeout < TimeSpan.Zero)
        {
            failures.Add("Server:ModelPollInterval must be positive and Server:ShutdownTimeout not negative");
        }

        failures.AddRange(FeedbackOptionsChecks.Check(options.Feedback));
        failures.AddRange(AccessChecks.Check(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out _);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
