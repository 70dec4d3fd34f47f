using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NameGender.Server.Hosting;

/// <summary>The host-level wiring: options, logging, Kestrel.</summary>
internal static class BuilderExtensions
{
    /// <summary>
    /// Binds the options, applies the caller's overrides and validates them now, so a bad value
    /// stops the server before it binds a port.
    /// </summary>
    public static ServerOptions AddNameGenderOptions(
        this WebApplicationBuilder builder, Action<ServerOptions>? configure)
    {
        var options = new ServerOptions();
        builder.Configuration.GetSection(ServerOptions.Section).Bind(options);
        configure?.Invoke(options);

        var validation = new ServerOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(
                ServerOptions.Section, typeof(ServerOptions), validation.Failures);
        }

        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        return options;
    }

    public static WebApplicationBuilder AddNameGenderLogging(
        this WebApplicationBuilder builder, ServerOptions options)
    {
        var logging = builder.Logging;
        logging.ClearProviders();
        if (options.LogFormat == LogFormat.Json)
        {
            logging.AddJsonConsole(json => json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ");
        }
        else
        {
            logging.AddSimpleConsole(text =>
            {
                text.SingleLine = true;
                text.TimestampFormat = "HH:mm:ss ";
            });
        }

        // The framework logs each request at information level; our own RequestLog does it at debug.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        // A start that fails (a database that cannot be opened, a busy port) throws to the caller,
        // which reports it in one line; the host would log it first, whole stack trace and all.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        logging.AddFilter("NameGender", options.LogLevel);
        return builder;
    }

    public static WebApplicationBuilder AddNameGenderKestrel(
        this WebApplicationBuilder builder, ServerOptions options)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            if (string.IsNullOrWhiteSpace(options.Urls))
            {
                // Not ListenLocalhost: it cannot take port 0, which tests use to get a free port.
                var address = string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase)
                    ? IPAddress.Loopback
                    : IPAddress.Parse(options.Host);
                kestrel.Listen(address, options.Port);
            }
        });

        if (!string.IsNullOrWhiteSpace(options.Urls))
        {
            var separate = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
            builder.WebHost.UseUrls(options.Urls.Split(';', separate));
        }

        return builder;
    }
}
