using System.Formats.Tar;

namespace NameGender.Training.Import;

/// <summary>
/// Reads the npm tarball of gender-detection-from-name as <c>npm pack</c> fetches it: every entry
/// that is a per-language list (see <see cref="NameListReader"/>), in entry-name order; the code,
/// tests and README beside them are left alone.
/// </summary>
internal static class NamePackageReader
{
    public static void Read(Stream tar, string file, RecordCollector collector)
    {
        var lists = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        using (var reader = new TarReader(tar, leaveOpen: true))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                collector.CancellationToken.ThrowIfCancellationRequested();
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)
                    || entry.DataStream is null)
                {
                    continue;
                }

                // Entries of a compressed tar can only be read in turn, so a list is kept whole;
                // the largest is under 1 MB.
                using var content = new MemoryStream();
                entry.DataStream.CopyTo(content);
                var bytes = content.ToArray();
                if (NameListReader.IsListHead(bytes))
                {
                    lists[entry.Name] = bytes;
                }
            }
        }

        if (lists.Count == 0)
        {
            throw new ImportException(file, null,
                $"{file}: a tar archive without a per-language name list (names/xx.js of the npm "
                + "package gender-detection-from-name); expected a list opening 'const xxNames = new Map(['");
        }

        foreach (var (name, bytes) in lists)
        {
            using var list = new MemoryStream(bytes, writable: false);
            NameListReader.Read(list, $"{file}!{name}", collector);
        }
    }
}
