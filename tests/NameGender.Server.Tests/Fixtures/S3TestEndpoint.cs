using NameGender.Store.Storage;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// The S3-compatible server the S3 tests use: NAMEGENDER_TEST_S3_ENDPOINT (.ci/run starts s3rver on
/// loopback and sets it). Credentials default to s3rver's own, S3RVER/S3RVER.
/// </summary>
public static class S3TestEndpoint
{
    public const string Variable = "NAMEGENDER_TEST_S3_ENDPOINT";

    public static string? Url =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    public static string SkipReason =>
        $"no S3-compatible server: set {Variable} (e.g. http://127.0.0.1:4568 with "
        + "`node .ci/s3rver.js DIR`; .ci/run does)";

    /// <summary>
    /// The AWS variables a server reads its credentials and region from, as in production: the
    /// server's options never hold credentials.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AwsEnvironment { get; } = new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = Read("NAMEGENDER_TEST_S3_ACCESS_KEY") ?? "S3RVER",
        ["AWS_SECRET_ACCESS_KEY"] = Read("NAMEGENDER_TEST_S3_SECRET_KEY") ?? "S3RVER",
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

    private static string? Read(string name) => Environment.GetEnvironmentVariable(name);

    /// <summary>Creates a bucket of its own for one test, so tests never see each other's objects.</summary>
    public static async Task<string> CreateBucketAsync()
    {
        var bucket = "namegender-server-" + Guid.NewGuid().ToString("N")[..16];
        using var client = S3ClientFactory.Create(new S3StoreOptions { Endpoint = Url });
        await client.PutBucketAsync(bucket);
        return bucket;
    }
}
