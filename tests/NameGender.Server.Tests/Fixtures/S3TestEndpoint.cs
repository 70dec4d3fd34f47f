using NameGender.Store.Storage;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// How servers the tests start reach the S3-compatible test server, and a bucket for each test.
/// </summary>
public static class S3TestEndpoint
{
    /// <summary>
    /// The AWS variables a server reads its credentials and region from, as in production: the
    /// server's options never hold credentials.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AwsEnvironment { get; } = new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = S3TestServer.AccessKey,
        ["AWS_SECRET_ACCESS_KEY"] = S3TestServer.SecretKey,
        ["AWS_REGION"] = "us-east-1",
    };

    /// <summary>
    /// Sets <see cref="AwsEnvironment"/> in this process, for the servers the tests run in it. Only
    /// the S3 tests read these variables, and they all want the same values.
    /// </summary>
    public static void UseInThisProcess()
    {
        foreach (var (variable, value) in AwsEnvironment)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }

    /// <summary>Creates a bucket of its own for one test, so tests never see each other's objects.</summary>
    public static async Task<string> CreateBucketAsync()
    {
        var bucket = "namegender-server-" + Guid.NewGuid().ToString("N")[..16];
        using var client = S3ClientFactory.Create(new S3StoreOptions { Endpoint = S3TestServer.Url });
        await client.PutBucketAsync(bucket);
        return bucket;
    }
}
