using Microsoft.Extensions.Logging;
using NameGender.Cli.Infrastructure;
using NameGender.Store;
using NameGender.Store.Storage;

namespace NameGender.Cli.Commands;

/// <summary>Opens the model store a command names with --store and --s3-endpoint.</summary>
internal static class ModelsStoreAccess
{
    /// <summary>
    /// Opens --store, or the default store. Unless <paramref name="creates"/> (train, models add),
    /// a --store folder that does not exist is refused as a typo.
    /// </summary>
    public static IModelStore Open(string? store, string? s3Endpoint, ILoggerFactory loggers, bool creates = false)
    {
        // The default store may not exist yet (no model stored so far); a folder the user typed
        // that does not exist is a typo, not an empty store.
        if (!creates && !string.IsNullOrWhiteSpace(store) && !store.StartsWith("s3://", StringComparison.OrdinalIgnoreCase)
            && !Directory.Exists(store))
        {
            throw new CliUsageException($"--store {store}: no such folder; a store is created by train --store");
        }

        return ModelStoreFactory.Open(
            string.IsNullOrWhiteSpace(store) ? ModelStoreDefaults.StoreLocation : store,
            new S3StoreOptions { Endpoint = s3Endpoint },
            loggers,
            TimeProvider.System);
    }

    public static IModelStore Open(ModelsSettings settings, ILoggerFactory loggers, bool creates = false) =>
        Open(settings.Store, settings.S3Endpoint, loggers, creates);

    /// <summary>Checks a model name given on the command line, as a usage error.</summary>
    public static string ValidName(string? name) =>
        ModelName.Validate(name) is { } error ? throw new CliUsageException(error) : name!;
}
