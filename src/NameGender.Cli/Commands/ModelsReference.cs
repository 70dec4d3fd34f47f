using Microsoft.Extensions.Logging;
using NameGender.Cli.Infrastructure;
using NameGender.Store;

namespace NameGender.Cli.Commands;

/// <summary>
/// A model as evaluate, compare and tune name it: a file (--model FILE, the default rules of
/// <see cref="ModelLocator"/>), or with --store a stored model, NAME (its promoted version) or
/// NAME@VERSION, fetched into the local cache and checked. An existing file stays a file with
/// --store too, so compare can set a file against a stored version.
/// </summary>
/// <param name="Label">How reports name it: the file path, or NAME@VERSION.</param>
/// <param name="Path">A local, verified model file.</param>
/// <param name="Name">The stored model's name; null for a file.</param>
/// <param name="Version">The stored version; null for a file.</param>
internal sealed record ModelsReference(string Label, string Path, string? Name, StoredVersion? Version)
{
    public static async Task<ModelsReference> ResolveAsync(
        string? model,
        string? store,
        string? s3Endpoint,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(store) || File.Exists(model))
        {
            var path = ModelLocator.Resolve(model);
            return new ModelsReference(path, path, null, null);
        }

        if (string.IsNullOrWhiteSpace(model))
        {
            throw new CliUsageException(
                "with --store, --model names a stored model: NAME (its promoted version) or NAME@VERSION");
        }

        var at = model.IndexOf('@', StringComparison.Ordinal);
        var name = ModelsStoreAccess.ValidName(at < 0 ? model : model[..at]);
        var version = at < 0 ? null : model[(at + 1)..];

        using var opened = ModelsStoreAccess.Open(store, s3Endpoint, loggers);
        var resolved = string.IsNullOrWhiteSpace(version)
            ? await opened.ResolvePromotedModelAsync(name, ModelStoreDefaults.CacheFolder, cancellationToken)
            : await opened.DownloadAsync(name, version, ModelStoreDefaults.CacheFolder, cancellationToken);
        var label = $"{name}@{resolved.Version.Version}";
        return new ModelsReference(label, resolved.LocalPath, name, resolved.Version);
    }
}
