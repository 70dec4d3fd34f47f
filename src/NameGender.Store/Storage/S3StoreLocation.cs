namespace NameGender.Store.Storage;

/// <summary>
/// An s3://bucket/prefix store address, split into bucket and key prefix (no slashes at its ends).
/// </summary>
internal sealed record S3StoreLocation(string Bucket, string Prefix)
{
    public const string Scheme = "s3://";

    public static bool IsS3(string location) =>
        location.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    public static S3StoreLocation Parse(string location)
    {
        var rest = location[Scheme.Length..].TrimEnd('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? string.Empty : rest[(slash + 1)..].Trim('/');
        if (bucket.Length == 0)
        {
            throw new ModelStoreException(
                $"'{location}' names no bucket; expected s3://bucket or s3://bucket/prefix");
        }

        return new S3StoreLocation(bucket, prefix);
    }

    public string KeyOf(string key) => Prefix.Length == 0 ? key : $"{Prefix}/{key}";

    public override string ToString() =>
        Prefix.Length == 0 ? $"{Scheme}{Bucket}" : $"{Scheme}{Bucket}/{Prefix}";
}
