using NameGender.Store;
using NameGender.Store.Storage;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// Where a test's model store lives (a folder, or a bucket on the S3-compatible server), how a
/// server or a namegender process reaches it, and a way to change its objects behind its back.
/// </summary>
public abstract class StoreBackend
{
    /// <summary>The endpoint of the S3-compatible server; null for a folder.</summary>
    public abstract string? S3Endpoint { get; }

    /// <summary>What a namegender process needs in its environment to reach the store.</summary>
    public abstract IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>A new, empty store of this test's own: a folder path or s3://bucket/prefix.</summary>
    public abstract Task<string> CreateLocationAsync(TemporaryFolder folder);

    /// <summary>Replaces one object of the store directly, as a faulty disk or a stray tool would.</summary>
    public abstract Task WriteObjectAsync(string location, string key, byte[] content);

    /// <summary>The test's own handle on the store, separate from the server's.</summary>
    public IModelStore Open(string location) =>
        ModelStoreFactory.Open(location, new S3StoreOptions { Endpoint = S3Endpoint });
}
