using System.Globalization;
using NameGender.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender sagemaker serve: the SageMaker inference contract. Listens on 8080 (or
/// SAGEMAKER_BIND_TO_PORT) and serves the model SageMaker unpacked into the model folder.
/// </summary>
internal sealed class SageMakerServeCommand : AsyncCommand<SageMakerServeSettings>
{
    public const string PortVariable = "SAGEMAKER_BIND_TO_PORT";

    public const int DefaultPort = 8080;

    public override Task<int> ExecuteAsync(
        CommandContext context, SageMakerServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var paths = SageMakerPaths.FromEnvironment();
        var port = Port();
        return ServeCommand.RunAsync(
            options =>
            {
                options.ModelPath = paths.ModelFolder;
                options.Host = settings.Host ?? "0.0.0.0";
                options.Port = port;
                options.Urls = null;

                // A SageMaker endpoint serves predictions only, to callers SageMaker has already let in.
                options.Feedback.Enabled = false;
                options.Access.OpenPredictions = true;
                if (settings.Verbose)
                {
                    options.LogLevel = Microsoft.Extensions.Logging.LogLevel.Debug;
                }
            },
            cancellationToken);
    }

    private static int Port()
    {
        var text = Environment.GetEnvironmentVariable(PortVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultPort;
        }

        var valid = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port);
        return valid && port <= 65535
            ? port
            : throw new CliUsageException($"{PortVariable} must be a port number; found '{text}'");
    }
}
