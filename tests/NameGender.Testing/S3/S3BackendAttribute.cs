using NameGender.Testing.Skipping;

namespace NameGender.Testing.S3;

/// <summary>Marks a test class that needs the S3-compatible server; its service tests skip without one.</summary>
public sealed class S3BackendAttribute : NeedsServiceAttribute
{
    public override string? MissingReason => S3TestServer.MissingReason;
}
