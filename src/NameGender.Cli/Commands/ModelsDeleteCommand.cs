using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender models delete NAME VERSION: remove a version or an incomplete upload (never the
/// promoted one).
/// </summary>
internal sealed class ModelsDeleteCommand : AsyncCommand<ModelsVersionSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ModelsVersionSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(settings.Verbose);
        using var store = ModelsStoreAccess.Open(settings, loggers);

        await store.DeleteVersionAsync(settings.Name, settings.Version, cancellationToken);

        ConsoleOutput.Out.MarkupLine(
            Markup.Escape($"deleted {settings.Name} {settings.Version} from {store.Location}"));
        return 0;
    }
}
