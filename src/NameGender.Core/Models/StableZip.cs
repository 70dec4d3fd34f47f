using System.IO.Compression;

namespace NameGender.Core.Models;

/// <summary>
/// Copies a zip archive with every entry stamped with one fixed time. ML.NET stamps its model zip
/// with the clock, so two identical fits would otherwise give different bytes and model ids.
/// </summary>
internal static class StableZip
{
    private static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Copy(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
