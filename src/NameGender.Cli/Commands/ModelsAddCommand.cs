using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Models;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>namegender models add NAME FILE: store an existing model file as a new version of NAME.</summary>
internal sealed class ModelsAddCommand : AsyncCommand<ModelsAddSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ModelsAddSettings settings, CancellationToken cancellationToken)
    {
        // Loading checks the format version and every checksum: only a usable model becomes a version.
        var model = ModelFile.Load(settings.File);

        using var loggers = CliLogging.Create(settings.Verbose);
        using var store = ModelsStoreAccess.Open(settings, loggers, creates: true);
        var version = await store.AddVersionAsync(
            settings.Name, settings.File, model.Manifest, cancellationToken);

        ConsoleOutput.Out.MarkupLine(Markup.Escape(
            $"stored {settings.File} as {settings.Name} {version.Version} in {store.Location} "
            + "(not promoted)"));
        return 0;
    }
}
