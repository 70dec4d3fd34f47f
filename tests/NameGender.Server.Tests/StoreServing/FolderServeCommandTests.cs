using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>namegender serve --store on a local folder.</summary>
public sealed class FolderServeCommandTests : ServeCommandStoreContract
{
    protected override StoreBackend Backend { get; } = new FolderStoreBackend();
}
