using Amazon.Runtime;
using NameGender.Store.Storage;

namespace NameGender.Store.Tests.Fixtures;

/// <summary>
/// The S3-compatible server the S3 tests use: NAMEGENDER_TEST_S3_ENDPOINT (.ci/run starts s3rver on
/// loopback and sets it). Credentials default to s3rver's own, S3RVER/S3RVER.
/// </summary>
public static class S3TestEndpoint
{
    public const string Variable = "NAMEGENDER_TEST_S3_ENDPOINT";

    public static string? Url => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    public static string SkipReason =>
        $"no S3-compatible server: set {Variable} (e.g. http://127.0.0.1:4568 with `node .ci/s3rver.js DIR`; .ci/run does)";

    public static S3StoreOptions Options => new()
    {
        Endpoint = Url,
        Credentials = new BasicAWSCredentials(
            Environment.GetEnvironmentVariable("NAMEGENDER_TEST_S3_ACCESS_KEY") ?? "S3RVER",
            Environment.GetEnvironmentVariable("NAMEGENDER_TEST_S3_SECRET_KEY") ?? "S3RVER"),
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
