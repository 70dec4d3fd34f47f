using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace NameGender.Training.Import;

/// <summary>SHA-256 of an input, so a model's manifest names the exact data it learned from.</summary>
internal static class InputFingerprint
{
    public static string Of(string path) =>
        Directory.Exists(path) ? OfYobFolder(path) : OfFile(path);

    private static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// Hashes each file's name, a zero byte, its length and its bytes, in name order, so renaming,
    /// reordering or moving bytes between files all change the fingerprint.
    /// </summary>
    private static string OfYobFolder(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(long)];

        foreach (var file in YobFolder.ListFiles(folder))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData([0]);

            using var stream = File.OpenRead(file);
            BinaryPrimitives.WriteInt64LittleEndian(length, stream.Length);
            hash.AppendData(length);
            AppendStream(hash, stream);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendStream(IncrementalHash hash, Stream stream)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.AppendData(buffer.AsSpan(0, read));
        }
    }
}
