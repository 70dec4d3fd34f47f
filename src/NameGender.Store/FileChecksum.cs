using System.Security.Cryptography;

namespace NameGender.Store;

/// <summary>SHA-256 of files and bytes, as lower-case hex: the form markers record.</summary>
internal static class FileChecksum
{
    public static async Task<(string Sha256, long Bytes)> OfFileAsync(
        string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
