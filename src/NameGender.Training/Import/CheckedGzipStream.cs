using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace NameGender.Training.Import;

/// <summary>
/// Decompresses a gzip file and, at its end, checks what was read against the CRC-32 and length
/// the file's trailer records. .NET's GZipStream checks neither: a download cut short ends early
/// without an error, and its last rows would be read as if they were all there was.
/// </summary>
/// <remarks>
/// The trailer checked is the file's last 8 bytes, that of a single-member file, as gzip and .NET
/// write them. A file of several members joined together fails the check and is reported.
/// </remarks>
internal sealed class CheckedGzipStream : Stream
{
    private const int TrailerLength = 8;

    private readonly GZipStream _inner;
    private readonly string _file;
    private readonly uint _expectedCrc;
    private readonly uint _expectedLength;
    private readonly Crc32 _crc = new();
    private long _length;
    private bool _checked;

    private CheckedGzipStream(GZipStream inner, string file, uint expectedCrc, uint expectedLength)
    {
        _inner = inner;
        _file = file;
        _expectedCrc = expectedCrc;
        _expectedLength = expectedLength;
    }

    /// <summary>Opens <paramref name="path"/>; <paramref name="file"/> names it in errors.</summary>
    public static CheckedGzipStream Open(string path, string file)
    {
        var compressed = File.OpenRead(path);
        try
        {
            if (compressed.Length < TrailerLength + 10)
            {
                throw Truncated(file, "it is shorter than a gzip header and trailer");
            }

            Span<byte> trailer = stackalloc byte[TrailerLength];
            compressed.Seek(-TrailerLength, SeekOrigin.End);
            compressed.ReadExactly(trailer);
            compressed.Seek(0, SeekOrigin.Begin);

            return new CheckedGzipStream(
                new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: false),
                file,
                BinaryPrimitives.ReadUInt32LittleEndian(trailer),
                BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]));
        }
        catch
        {
            compressed.Dispose();
            throw;
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new ImportException(_file, null, $"{_file}: not a readable gzip file ({e.Message})", e);
        }

        if (read > 0)
        {
            _crc.Append(buffer[..read]);
            _length += read;
        }
        else if (buffer.Length > 0)
        {
            CheckTrailer();
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckTrailer()
    {
        if (_checked)
        {
            return;
        }

        _checked = true;
        if (_crc.GetCurrentHashAsUInt32() != _expectedCrc || (uint)_length != _expectedLength)
        {
            throw Truncated(_file, "its content does not match the CRC-32 and length its trailer records");
        }
    }

    private static ImportException Truncated(string file, string why) =>
        new(file, null, $"{file}: a truncated or corrupt gzip file: {why}; download or copy it again");
}
