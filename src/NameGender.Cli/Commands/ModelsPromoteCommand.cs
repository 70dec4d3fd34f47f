using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>namegender models promote NAME VERSION: the version servers of NAME switch to.</summary>
internal sealed class ModelsPromoteCommand : AsyncCommand<ModelsVersionSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ModelsVersionSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(settings.Verbose);
        using var store = ModelsStoreAccess.Open(settings, loggers);

        var before = await store.GetPromotedAsync(settings.Name, cancellationToken);
        var pointer = await store.PromoteAsync(settings.Name, settings.Version, cancellationToken);

        var previous = before is null ? "nothing was promoted before" : $"before: {before.Version}";
        ConsoleOutput.Out.MarkupLine(
            Markup.Escape($"promoted {settings.Name} {pointer.Version} in {store.Location} ({previous})"));
        return 0;
    }
}
