using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace NameGender.Cli.Infrastructure;

/// <summary>
/// Structured logs for the command line, written to standard error so they never mix with the
/// predictions on standard output. Warnings and errors by default; --verbose adds information.
/// </summary>
internal static class CliLogging
{
    public static ILoggerFactory Create(bool verbose)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Information : LogEventLevel.Warning)
            .WriteTo.Console(
                standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        return LoggerFactory.Create(builder => builder.AddSerilog(logger, dispose: true));
    }
}
