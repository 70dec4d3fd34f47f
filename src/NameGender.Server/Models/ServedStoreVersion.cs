using NameGender.Store;

namespace NameGender.Server.Models;

/// <summary>The stored version a model was loaded from, and when it was promoted.</summary>
/// <param name="Location">
/// The store as configured: a folder or s3://bucket/prefix. Never the endpoint or credentials,
/// which come from the S3 options and the AWS environment.
/// </param>
/// <param name="Version">The version's completion marker: its id, checksum and storage time.</param>
/// <param name="PromotedAt">When the version was promoted (or rolled back to).</param>
internal sealed record ServedStoreVersion(
    string Location, StoredVersion Version, DateTimeOffset PromotedAt)
{
    /// <summary>How logs name it: ssa 20250301-142233-5f0c2a9e1b7d in s3://bucket/prefix.</summary>
    public string Describe() => $"{Version.Name} {Version.Version} in {Location}";
}
