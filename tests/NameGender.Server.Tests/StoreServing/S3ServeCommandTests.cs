using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>namegender serve --store on an S3-compatible server (s3rver in CI).</summary>
[S3Backend]
public sealed class S3ServeCommandTests : ServeCommandStoreContract
{
    protected override StoreBackend Backend { get; } = new S3StoreBackend();
}
