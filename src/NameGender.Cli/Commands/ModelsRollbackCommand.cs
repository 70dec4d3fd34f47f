using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>
/// namegender models rollback NAME: promote again the version promoted before the current one.
/// </summary>
internal sealed class ModelsRollbackCommand : AsyncCommand<ModelsRollbackSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ModelsRollbackSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(settings.Verbose);
        using var store = ModelsStoreAccess.Open(settings, loggers);

        var before = await store.GetPromotedAsync(settings.Name, cancellationToken);
        var pointer = await store.RollbackAsync(settings.Name, cancellationToken);

        ConsoleOutput.Out.MarkupLine(Markup.Escape(
            $"rolled {settings.Name} back from {before?.Version} to {pointer.Version} in {store.Location}"));
        return 0;
    }
}
