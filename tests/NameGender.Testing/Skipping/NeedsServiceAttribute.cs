namespace NameGender.Testing.Skipping;

/// <summary>
/// Marks a test class that needs an outside service (a database, an S3-compatible server): its
/// <see cref="ServiceFactAttribute"/> and <see cref="ServiceTheoryAttribute"/> tests are skipped,
/// with <see cref="MissingReason"/>, when the service is not configured.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public abstract class NeedsServiceAttribute : Attribute
{
    /// <summary>Why the tests cannot run here, or null when the service is configured.</summary>
    public abstract string? MissingReason { get; }
}
