namespace NameGender.Testing.S3;

/// <summary>
/// The S3-compatible server the S3 tests use: NAMEGENDER_TEST_S3_ENDPOINT (.ci/run starts s3rver on
/// loopback and sets it). Credentials default to s3rver's own, S3RVER/S3RVER.
/// </summary>
public static class S3TestServer
{
    public const string Variable = "NAMEGENDER_TEST_S3_ENDPOINT";

    public static string? Url =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    /// <summary>Why the S3 tests cannot run here, or null when a server is configured.</summary>
    public static string? MissingReason => Url is null
        ? $"no S3-compatible server: set {Variable} (e.g. http://127.0.0.1:4568 with "
            + "`node .ci/s3rver.js DIR`; .ci/run does)"
        : null;

    public static string AccessKey =>
        Environment.GetEnvironmentVariable("NAMEGENDER_TEST_S3_ACCESS_KEY") ?? "S3RVER";

    public static string SecretKey =>
        Environment.GetEnvironmentVariable("NAMEGENDER_TEST_S3_SECRET_KEY") ?? "S3RVER";
}
