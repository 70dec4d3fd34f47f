using NameGender.Server.Tests.Fixtures;

namespace NameGender.Server.Tests.StoreServing;

/// <summary>Serving from a model store on an S3-compatible server (s3rver in CI).</summary>
[S3Backend]
public sealed class S3StoreServingTests : StoreServingContract
{
    protected override StoreBackend Backend { get; } = new S3StoreBackend();
}
