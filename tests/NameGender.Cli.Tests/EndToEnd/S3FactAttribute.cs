namespace NameGender.Cli.Tests.EndToEnd;

/// <summary>
/// A fact that needs an S3-compatible server: NAMEGENDER_TEST_S3_ENDPOINT (.ci/run starts s3rver on
/// loopback and sets it). Without it the test is skipped, saying so.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class S3FactAttribute : FactAttribute
{
    public const string Variable = "NAMEGENDER_TEST_S3_ENDPOINT";

    public S3FactAttribute()
    {
        if (Endpoint is null)
        {
            Skip = $"no S3-compatible server: set {Variable} (e.g. http://127.0.0.1:4568 with `node .ci/s3rver.js DIR`; .ci/run does)";
        }
    }

    public static string? Endpoint => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;
}
