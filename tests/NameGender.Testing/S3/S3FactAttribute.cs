namespace NameGender.Testing.S3;

/// <summary>A single fact that needs the S3-compatible server; skipped, saying so, without one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class S3FactAttribute : FactAttribute
{
    public S3FactAttribute()
    {
        Skip = S3TestServer.MissingReason;
    }
}
