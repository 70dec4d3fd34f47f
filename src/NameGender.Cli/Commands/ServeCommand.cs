using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NameGender.Cli.Infrastructure;
using NameGender.Feedback.Storage;
using NameGender.Server;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender serve: the HTTP server (SageMaker contract, REST API, genderize.io route, metrics, and
/// the feedback app at /) until Ctrl+C or SIGTERM, which lets in-flight requests finish.
/// </summary>
internal sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override Task<int> ExecuteAsync(
        CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return RunAsync(settings.ApplyTo, cancellationToken);
    }

    /// <summary>Builds and runs the server; a bad option or a busy port is a one-line user error.</summary>
    public static async Task<int> RunAsync(Action<ServerOptions> configure, CancellationToken cancellationToken)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = NameGenderServer.Build(configure);
        }
        catch (OptionsValidationException e)
        {
            throw new CliUsageException(string.Join("; ", e.Failures), e);
        }

        await using (app)
        {
            try
            {
                // The host's RunAsync: WebApplication's own overload takes a URL, not a token.
                await HostingAbstractionsHostExtensions.RunAsync(app, cancellationToken);
            }
            catch (IOException e)
            {
                throw new CliUsageException($"cannot listen: {e.Message}", e);
            }
            catch (Exception e) when (e is DbException or FeedbackStoreException)
            {
                throw new CliUsageException($"cannot use the feedback database: {e.Message}", e);
            }
        }

        return 0;
    }
}
