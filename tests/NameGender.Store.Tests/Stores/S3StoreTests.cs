using Amazon.S3.Model;
using NameGender.Store.Storage;
using NameGender.Store.Tests.Fixtures;

namespace NameGender.Store.Tests.Stores;

/// <summary>The store contract on an S3-compatible server (s3rver in CI), in a bucket of its own per test.</summary>
[S3Backend]
public sealed class S3StoreTests : ModelStoreContract
{
    protected override S3StoreOptions? S3Options => S3TestEndpoint.Options;

    protected override async Task<string> CreateLocationAsync() =>
        $"s3://{await S3TestEndpoint.CreateBucketAsync()}/team/models";

    protected override async Task OverwriteModelObjectAsync(string location, string key, string sourcePath)
    {
        var s3 = S3StoreLocation.Parse(location);
        using var client = S3ClientFactory.Create(S3TestEndpoint.Options);
        await client.PutObjectAsync(new PutObjectRequest { BucketName = s3.Bucket, Key = s3.KeyOf(key), FilePath = sourcePath });
    }
}
