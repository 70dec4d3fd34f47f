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

/// <summary>
/// namegender models show NAME [VERSION]: one version, its manifest and the promotion history.
/// </summary>
internal sealed class ModelsShowCommand : AsyncCommand<ModelsShowSettings>
{
    public override async Task<int> ExecuteAsync(
        CommandContext context, ModelsShowSettings settings, CancellationToken cancellationToken)
    {
        using var loggers = CliLogging.Create(settings.Verbose);
        using var store = ModelsStoreAccess.Open(settings, loggers);

        var promoted = await store.GetPromotedAsync(settings.Name, cancellationToken);
        var requested = settings.Version ?? promoted?.Version
            ?? throw new CliUsageException(
                $"{settings.Name} has no promoted version; "
                + $"name one: namegender models show {settings.Name} VERSION");
        var version = await store.GetVersionAsync(settings.Name, requested, cancellationToken);
        var manifest = await store.ReadManifestAsync(settings.Name, version.Version, cancellationToken);

        if (settings.Json)
        {
            var shown = new
            {
                Version = version,
                IsPromoted = version.Version == promoted?.Version,
                Promotion = promoted,
                Manifest = manifest,
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(shown, NameGenderJson.Indented));
            return 0;
        }

        ConsoleOutput.Out.Write(Details(store.Location, version, manifest, promoted));
        if (manifest.Metrics.Holdout is { } heldOut)
        {
            ConsoleOutput.Out.Write(SummaryTable.Create("held-out names (never seen in training)", heldOut));
        }

        if (manifest.Metrics.HoldoutByCountry is { } byCountry)
        {
            ConsoleOutput.Out.Write(
                CountryFiguresTable.Create("held-out names by country, against each country's counts", byCountry));
        }

        return 0;
    }

    private static Table Details(
        string location, StoredVersion version, ModelManifest manifest, PromotedPointer? promoted)
    {
        var title = Markup.Escape($"{version.Name} {version.Version}");
        var table = new Table().Border(TableBorder.Rounded).Title(title);
        table.AddColumn("field");
        table.AddColumn("value");

        Add(table, "store", location);
        Add(table, "status", Status(version, promoted));
        Add(table, "model id", version.ModelId);
        Add(table, "sha-256", version.Sha256);
        Add(table, "size", string.Create(CultureInfo.InvariantCulture, $"{version.Bytes:N0} bytes"));
        Add(table, "stored at (UTC)", Time(version.StoredAt));
        Add(table, "trained at (UTC)", Time(manifest.CreatedAt));
        Add(table, "names / births", Invariant($"{manifest.Names:N0} / {manifest.Births:N0}"));
        Add(table, "data years", manifest.DataYears is { } years ? years.ToString() : "–");
        Add(table, "countries", ManifestLines.Countries(manifest));
        Add(table, "sources", ManifestLines.Sources(manifest));
        Add(table, "threshold", manifest.Predictor.Threshold.ToString("0.00", CultureInfo.InvariantCulture));
        if (manifest.Tuning is { } tuning)
        {
            var change = Invariant($"{tuning.PreviousThreshold:0.00} → {tuning.Threshold:0.00}");
            var how = Invariant($"{tuning.Names:N0} names, {tuning.Objective}, {tuning.Folds}-fold");
            Add(table, "tuned", $"{change} on {tuning.Input} ({how})");
        }

        if (promoted is not null)
        {
            var history = promoted.History.Prepend(new Promotion(promoted.Version, promoted.PromotedAt));
            var lines = history.Select(p => $"{Time(p.PromotedAt)}  {p.Version}");
            Add(table, "promotion history", string.Join("\n", lines));
        }

        return table;
    }

    private static string Status(StoredVersion version, PromotedPointer? promoted) =>
        version.Version == promoted?.Version ? "promoted"
        : promoted?.History.Any(h => h.Version == version.Version) == true ? "promoted before"
        : "not promoted";

    private static void Add(Table table, string field, string value) =>
        table.AddRow(Markup.Escape(field), Markup.Escape(value));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
