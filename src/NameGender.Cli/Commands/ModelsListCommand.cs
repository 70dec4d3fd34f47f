using System.Globalization;
using System.Text.Json;
using NameGender.Cli.Infrastructure;
using NameGender.Cli.Output;
using NameGender.Core.Models;
using NameGender.Core.Serialization;
using NameGender.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NameGender.Cli.Commands;

/// <summary>namegender models list [NAME]: the stored models, or one model's complete versions.</summary>
internal sealed class ModelsListCommand : AsyncCommand<ModelsListSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ModelsListSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(settings.Verbose);
        using var store = ModelsStoreAccess.Open(settings, loggers);

        if (settings.Name is null)
        {
            await ListModelsAsync(store, settings.Json, cancellationToken);
        }
        else
        {
            await ListVersionsAsync(store, settings.Name, settings.Json, cancellationToken);
        }

        return 0;
    }

    private static async Task ListModelsAsync(
        IModelStore store, bool json, CancellationToken cancellationToken)
    {
        var rows = new List<(string Name, int Versions, PromotedPointer? Promoted, ModelManifest? Manifest)>();
        foreach (var name in await store.ListModelsAsync(cancellationToken))
        {
            var listing = await store.ListVersionsAsync(name, cancellationToken);
            var promoted = await store.GetPromotedAsync(name, cancellationToken);

            // The countries and sources shown are those of the served version, else the newest.
            var newest = listing.Versions.Count > 0 ? listing.Versions[^1].Version : null;
            var shown = promoted?.Version ?? newest;
            var manifest = shown is null ? null : await store.ReadManifestAsync(name, shown, cancellationToken);
            rows.Add((name, listing.Versions.Count, promoted, manifest));
        }

        if (json)
        {
            var models = rows.Select(r => new
            {
                r.Name,
                r.Versions,
                Promoted = r.Promoted?.Version,
                r.Promoted?.PromotedAt,
                Countries = r.Manifest?.Countries,
                Sources = r.Manifest?.Sources,
            });
            Console.Out.WriteLine(JsonSerializer.Serialize(models, NameGenderJson.Indented));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(store.Location));
        table.AddColumn("model");
        table.AddColumn(new TableColumn("versions").RightAligned());
        table.AddColumn("promoted version");
        table.AddColumn("promoted at (UTC)");
        table.AddColumn("countries");
        table.AddColumn("sources");
        foreach (var (name, versions, promoted, manifest) in rows)
        {
            table.AddRow(
                Markup.Escape(name),
                versions.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(promoted?.Version ?? "(none)"),
                promoted is null ? string.Empty : Time(promoted.PromotedAt),
                Markup.Escape(manifest is null ? "–" : ManifestLines.Countries(manifest)),
                Markup.Escape(manifest is null ? "–" : ManifestLines.Sources(manifest)));
        }

        ConsoleOutput.Out.Write(table);
    }

    private static async Task ListVersionsAsync(
        IModelStore store, string name, bool json, CancellationToken cancellationToken)
    {
        var listing = await store.ListVersionsAsync(name, cancellationToken);
        var promoted = await store.GetPromotedAsync(name, cancellationToken);
        if (listing.Versions.Count == 0 && listing.IncompleteUploads.Count == 0 && promoted is null)
        {
            throw new CliUsageException($"no model named '{name}' in {store.Location}");
        }

        if (json)
        {
            var versions = listing.Versions.Select(v => new
            {
                v.Version,
                Promoted = v.Version == promoted?.Version,
                Details = v,
            });
            Console.Out.WriteLine(JsonSerializer.Serialize(versions, NameGenderJson.Indented));
        }
        else
        {
            ConsoleOutput.Out.Write(VersionTable(store.Location, name, listing, promoted));
        }

        if (listing.IncompleteUploads.Count > 0)
        {
            var ids = string.Join(", ", listing.IncompleteUploads);
            ConsoleOutput.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{listing.IncompleteUploads.Count} incomplete upload(s), not versions: {ids} "
                + $"(namegender models delete {name} ID removes one)"));
        }
    }

    private static Table VersionTable(
        string location, string name, VersionListing listing, PromotedPointer? promoted)
    {
        var earlier = promoted?.History.Select(h => h.Version).ToHashSet(StringComparer.Ordinal) ?? [];
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{name} in {location}"));
        table.AddColumn("version");
        table.AddColumn("model id");
        table.AddColumn("stored at (UTC)");
        table.AddColumn(new TableColumn("names").RightAligned());
        table.AddColumn(new TableColumn("threshold").RightAligned());
        table.AddColumn(new TableColumn("held-out accuracy").RightAligned());
        table.AddColumn("status");
        foreach (var version in listing.Versions)
        {
            var status = version.Version == promoted?.Version ? "promoted"
                : earlier.Contains(version.Version) ? "promoted before"
                : string.Empty;
            table.AddRow(
                Markup.Escape(version.Version),
                Markup.Escape(version.ModelId),
                Time(version.StoredAt),
                version.Names.ToString("N0", CultureInfo.InvariantCulture),
                version.Threshold.ToString("0.00", CultureInfo.InvariantCulture),
                version.HoldoutAccuracy?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "–",
                status);
        }

        return table;
    }

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
