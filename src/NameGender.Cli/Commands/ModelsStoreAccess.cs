using Microsoft.Extensions.Logging;
using NameGender.Cli.Infrastructure;
using NameGender.Store;
using NameGender.Store.Storage;

namespace NameGender.Cli.Commands;

/// <summary>Opens the model store a command names with --store and --s3-endpoint.</summary>
internal static class ModelsStoreAccess
{
    public static IModelStore Open(string? store, string? s3Endpoint, ILoggerFactory loggers) =>
        ModelStoreFactory.Open(
            string.IsNullOrWhiteSpace(store) ? ModelStoreDefaults.StoreLocation : store,
            new S3StoreOptions { Endpoint = s3Endpoint },
            loggers,
            TimeProvider.System);

    public static IModelStore Open(ModelsSettings settings, ILoggerFactory loggers) =>
        Open(settings.Store, settings.S3Endpoint, loggers);

    /// <summary>Checks a model name given on the command line, as a usage error.</summary>
    public static string ValidName(string? name) =>
        ModelName.Validate(name) is { } error ? throw new CliUsageException(error) : name!;
}
