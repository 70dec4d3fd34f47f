namespace NameGender.Training.Import;

/// <summary>Tells formats apart by their first bytes, never by the file's name.</summary>
internal static class ContentSniffer
{
    private const int SniffLength = 512;

    private static ReadOnlySpan<byte> SqliteMagic => "SQLite format 3\0"u8;

    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];

    // A local file header starts every zip with entries; an empty zip is only its end record.
    private static ReadOnlySpan<byte> ZipMagic => "PK\u0003\u0004"u8;

    private static ReadOnlySpan<byte> EmptyZipMagic => "PK\u0005\u0006"u8;

    // A tar header names its format at byte 257: "ustar" for POSIX and GNU archives (npm pack).
    private const int TarMagicOffset = 257;

    private static ReadOnlySpan<byte> TarMagic => "ustar"u8;

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xff, 0xfe];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xfe, 0xff];

    /// <summary>Reads up to 512 bytes of <paramref name="stream"/> and classifies them.</summary>
    public static ContentKind Sniff(Stream stream)
    {
        var buffer = new byte[SniffLength];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);

        return Classify(buffer.AsSpan(0, length));
    }

    public static ContentKind Classify(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return ContentKind.Empty;
        }

        if (head.StartsWith(SqliteMagic))
        {
            return ContentKind.Sqlite;
        }

        if (head.StartsWith(ZipMagic) || head.StartsWith(EmptyZipMagic))
        {
            return ContentKind.Zip;
        }

        if (head.StartsWith(GzipMagic))
        {
            return ContentKind.Gzip;
        }

        if (head.Length >= TarMagicOffset + TarMagic.Length && head[TarMagicOffset..].StartsWith(TarMagic))
        {
            return ContentKind.Tar;
        }

        if (NameListReader.IsListHead(head))
        {
            return ContentKind.NameList;
        }

        // UTF-16 text is full of zero bytes; any other text has none.
        var unicodeText =
            head.StartsWith(Utf16LittleEndianBom) || head.StartsWith(Utf16BigEndianBom);
        return unicodeText || !head.Contains((byte)0) ? ContentKind.Text : ContentKind.Binary;
    }
}
