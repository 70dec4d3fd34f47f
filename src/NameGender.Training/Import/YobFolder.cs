namespace NameGender.Training.Import;

/// <summary>A folder of SSA yobYYYY.txt files, read in name order; other files ignored.</summary>
internal static class YobFolder
{
    /// <summary>The folder's yobYYYY.txt files (not its subfolders'), by file name.</summary>
    public static IReadOnlyList<string> ListFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder)
            .Where(file => YobFileName.TryGetYear(Path.GetFileName(file), out _))
            .Order(StringComparer.Ordinal)];

    public static void Read(string folder, RecordCollector collector)
    {
        var files = ListFiles(folder);
        var folderName = DisplayName.Of(folder);
        if (files.Count == 0)
        {
            throw new ImportException(folderName, null, $"{folderName}: the folder holds no "
                + "yobYYYY.txt files (SSA national data, one file per year)");
        }

        foreach (var file in files)
        {
            collector.CancellationToken.ThrowIfCancellationRequested();
            var fileName = Path.GetFileName(file);
            YobFileName.TryGetYear(fileName, out var year);

            using var stream = File.OpenRead(file);
            YobTextReader.Read(stream, $"{folderName}/{fileName}", year, collector);
        }
    }
}
