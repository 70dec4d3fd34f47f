using Amazon.S3.Model;
using NameGender.Store.Storage;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// A model store in a fresh bucket on the S3-compatible test server, reached with the AWS
/// variables a production server would read.
/// </summary>
public sealed class S3StoreBackend : StoreBackend
{
    public S3StoreBackend() => S3TestEndpoint.UseInThisProcess();

    public override string? S3Endpoint => S3TestServer.Url;

    public override IReadOnlyDictionary<string, string> Environment => S3TestEndpoint.AwsEnvironment;

    public override async Task<string> CreateLocationAsync(TemporaryFolder folder) =>
        $"s3://{await S3TestEndpoint.CreateBucketAsync()}/team/models";

    public override async Task WriteObjectAsync(string location, string key, byte[] content)
    {
        var s3 = S3StoreLocation.Parse(location);
        using var client = S3ClientFactory.Create(new S3StoreOptions { Endpoint = S3Endpoint });
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = s3.Bucket,
            Key = s3.KeyOf(key),
            InputStream = new MemoryStream(content),
            UseChunkEncoding = false,
        });
    }
}
