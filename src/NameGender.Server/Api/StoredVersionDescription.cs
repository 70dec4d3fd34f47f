using NameGender.Server.Models;

namespace NameGender.Server.Api;

/// <summary>What GET /api/v1/model says about the stored version it serves.</summary>
/// <param name="Location">
/// The store: a folder or s3://bucket/prefix. The S3 endpoint and credentials are not shown.
/// </param>
/// <param name="Name">The stored model's name, which the server follows.</param>
/// <param name="Version">The version id.</param>
/// <param name="StoredAt">When the version was written to the store.</param>
/// <param name="PromotedAt">When it was promoted (or rolled back to).</param>
/// <param name="Sha256">The SHA-256 of the model file, which the local copy was checked against.</param>
internal sealed record StoredVersionDescription(
    string Location,
    string Name,
    string Version,
    DateTimeOffset StoredAt,
    DateTimeOffset PromotedAt,
    string Sha256)
{
    public static StoredVersionDescription Of(ServedStoreVersion served)
    {
        ArgumentNullException.ThrowIfNull(served);

        var version = served.Version;
        return new StoredVersionDescription(
            served.Location,
            version.Name,
            version.Version,
            version.StoredAt,
            served.PromotedAt,
            version.Sha256);
    }
}
