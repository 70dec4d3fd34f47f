using Amazon.Runtime;
using NameGender.Store.Storage;

namespace NameGender.Store.Tests.Fixtures;

/// <summary>The store's own handle on the S3-compatible test server, and a bucket for each test.</summary>
public static class S3TestEndpoint
{
    public static S3StoreOptions Options => new()
    {
        Endpoint = S3TestServer.Url,
        Credentials = new BasicAWSCredentials(S3TestServer.AccessKey, S3TestServer.SecretKey),
    };

    /// <summary>Creates a bucket of its own for one test, so tests never see each other's objects.</summary>
    public static async Task<string> CreateBucketAsync()
    {
        var bucket = "namegender-" + Guid.NewGuid().ToString("N")[..20];
        using var client = S3ClientFactory.Create(Options);
        await client.PutBucketAsync(bucket);
        return bucket;
    }
}
