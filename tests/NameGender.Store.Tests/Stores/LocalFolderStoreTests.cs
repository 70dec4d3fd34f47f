using NameGender.Store.Storage;
using NameGender.Store.Tests.Fixtures;

namespace NameGender.Store.Tests.Stores;

/// <summary>The store contract on a local folder.</summary>
public sealed class LocalFolderStoreTests : ModelStoreContract
{
    private readonly TemporaryFolder _folder = new();

    protected override S3StoreOptions? S3Options => null;

    protected override Task<string> CreateLocationAsync() => Task.FromResult(_folder.Combine("store"));

    protected override Task OverwriteModelObjectAsync(string location, string key, string sourcePath)
    {
        File.Copy(sourcePath, Path.Combine([location, .. key.Split('/')]), overwrite: true);
        return Task.CompletedTask;
    }
}
