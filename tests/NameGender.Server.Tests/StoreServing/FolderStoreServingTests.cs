using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>Serving from a model store in a local folder.</summary>
public sealed class FolderStoreServingTests : StoreServingContract
{
    protected override StoreBackend Backend { get; } = new FolderStoreBackend();
}
