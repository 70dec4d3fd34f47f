using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NameGender.Store.Storage;

namespace NameGender.Store;

/// <summary>Opens a model store from a location: s3://bucket/prefix, or else a local folder path.</summary>
public static class ModelStoreFactory
{
    public static IModelStore Open(
        string location,
        S3StoreOptions? s3 = null,
        ILoggerFactory? loggers = null,
        TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);

        IObjectStorage storage = S3StoreLocation.IsS3(location)
            ? new S3ObjectStorage(
                S3ClientFactory.Create(s3 ?? new S3StoreOptions()), S3StoreLocation.Parse(location))
            : new LocalFolderStorage(location);
        return new ModelStore(
            storage,
            time ?? TimeProvider.System,
            (loggers ?? NullLoggerFactory.Instance).CreateLogger<ModelStore>());
    }
}
