namespace NameGender.Server.Tests.Fixtures;

/// <summary>A model store in a local folder.</summary>
public sealed class FolderStoreBackend : StoreBackend
{
    public override string? S3Endpoint => null;

    public override IReadOnlyDictionary<string, string> Environment { get; } =
        new Dictionary<string, string>();

    public override Task<string> CreateLocationAsync(TemporaryFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);

        return Task.FromResult(folder.Combine("store"));
    }

    public override Task WriteObjectAsync(string location, string key, byte[] content) =>
        File.WriteAllBytesAsync(Path.Combine([location, .. key.Split('/')]), content);
}
