using Amazon.Runtime;

namespace NameGender.Store.Storage;

/// <summary>
/// How to reach an S3 store. Anything left null comes from the usual AWS sources: the environment
/// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_PROFILE,
/// AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL) and the shared config and credentials files.
/// </summary>
public sealed record S3StoreOptions
{
    /// <summary>
    /// The endpoint of an S3-compatible server, e.g. http://127.0.0.1:4568 (the CLI's --s3-endpoint).
    /// With an endpoint, buckets are addressed path-style (endpoint/bucket/key), which such servers
    /// expect; without one, the client talks to AWS.
    /// </summary>
    public string? Endpoint { get; init; }

    /// <summary>
    /// The region to sign for; S3-compatible servers take any, so us-east-1 when none is configured.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>
    /// Explicit credentials; null takes the SDK's default chain (environment, profile, instance role).
    /// </summary>
    public AWSCredentials? Credentials { get; init; }
}
