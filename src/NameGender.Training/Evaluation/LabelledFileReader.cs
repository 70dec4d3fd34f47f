using System.Globalization;
using CsvHelper;
using NameGender.Core.Data;
using NameGender.Core.Evaluation;
using NameGender.Core.Names;
using NameGender.Training.Import;

namespace NameGender.Training.Evaluation;

/// <summary>
/// Reads the truth of a labelled file in one of three shapes: counts per name and sex
/// (name,sex,count: any format the importer reads), counts per name (name,births_f,births_m), or
/// one truth per row (--truth COLUMN, e.g. a customer file with a known gender).
/// </summary>
public static class LabelledFileReader
{
    public const string CountsShape = "name,sex,count";
    public const string BirthsShape = "name,births_f,births_m";
    public const string TruthColumnShape = "one truth per row";

    // The one column the name,sex,count shape can group or predict by, and the group of names
    // without a country there.
    private const string CountryColumn = "country";
    private const string NoCountry = "(none)";

    /// <summary>Reads the truth of <paramref name="path"/>.</summary>
    /// <param name="path">The labelled file.</param>
    /// <param name="nameColumn">The column of names (CSV shapes).</param>
    /// <param name="truthColumn">The column of one truth per row; null for the count shapes.</param>
    /// <param name="groupColumn">
    /// A column whose value each name carries as its <see cref="LabelledName.Group"/> (evaluate
    /// --group); counts per name are then kept apart per group. The name,sex,count shape has one
    /// column to spare: country.
    /// </param>
    /// <param name="countryColumn">
    /// A column of ISO 3166-1 alpha-2 codes each name is predicted with (its
    /// <see cref="LabelledName.Country"/>); a blank or unreadable cell gives no country. In the
    /// name,sex,count shape it can only be country, which the importer reads.
    /// </param>
    /// <exception cref="ImportException">The file cannot be read, or no name in it has a truth.</exception>
    public static LabelledFile Read(
        string path,
        string nameColumn = "name",
        string? truthColumn = null,
        string? groupColumn = null,
        string? countryColumn = null)
    {
        var file = ReadAny(path, nameColumn, truthColumn, groupColumn, countryColumn);
        if (file.Names.Count == 0)
        {
            // Figures over no names would all be zero or undefined: likely a wrong --truth column.
            throw new ImportException(
                $"{Path.GetFileName(path)}: no name has a truth to evaluate against"
                + (truthColumn is null
                    ? string.Empty
                    : $" (column '{truthColumn}' holds no F, M, female or male; {file.SkippedUnknownTruth:N0} rows left out)"));
        }

        return file;
    }

    private static LabelledFile ReadAny(
        string path, string nameColumn, string? truthColumn, string? groupColumn, string? countryColumn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        // Header names are compared lower-case (see Open).
        nameColumn = nameColumn.Trim().ToLowerInvariant();
        var group = groupColumn?.Trim().ToLowerInvariant();
        var country = countryColumn?.Trim().ToLowerInvariant();
        if (truthColumn is not null)
        {
            return ReadTruthColumn(path, nameColumn, truthColumn.Trim().ToLowerInvariant(), group, country);
        }

        var header = ReadHeader(path);
        if (header is not null && Has(header, "births_f") && Has(header, "births_m"))
        {
            return ReadBirthColumns(path, nameColumn, group, country);
        }

        if (group is not (null or CountryColumn) || country is not (null or CountryColumn))
        {
            throw new ImportException(
                $"{Path.GetFileName(path)}: a group or country column needs a CSV with births_f and births_m "
                + "columns, or --truth; a name,sex,count file can only be grouped by its country column");
        }

        return ReadCounts(path, byCountry: group is not null, withCountry: country is not null);
    }

    // Counts are summed per name, and per country too when the countries are wanted.
    private static LabelledFile ReadCounts(string path, bool byCountry, bool withCountry)
    {
        var import = NameDataImporter.Import(path, new ImportOptions());
        var byKey = new Dictionary<(string Key, string? Country), (string Name, double Female, double Male)>();
        foreach (var record in import.Records)
        {
            var key = (KeyOf(record.Name), byCountry || withCountry ? record.Country : null);
            var (name, female, male) = byKey.GetValueOrDefault(key, (record.Name, 0, 0));
            byKey[key] = record.Sex == Core.Data.Sex.Female
                ? (name, female + record.Count, male)
                : (name, female, male + record.Count);
        }

        var names = byKey
            .Select(e => new LabelledName(e.Value.Name, e.Value.Female, e.Value.Male)
            {
                Group = byCountry ? e.Key.Country ?? NoCountry : null,
                Country = withCountry ? e.Key.Country : null,
            })
            .ToList();
        return new LabelledFile(names, CountsShape, import.Report.SkippedUnknownSex);
    }


    private static LabelledFile ReadBirthColumns(
        string path, string nameColumn, string? groupColumn, string? countryColumn)
    {
        var byKey = new Dictionary<(string Key, string? Group, string? Country), (string Name, double Female, double Male)>();
        string[] required = ["births_f", "births_m", .. Optional(groupColumn), .. Optional(countryColumn)];
        ForEachRow(path, nameColumn, required, (csv, line, name) =>
        {
            var female = Count(csv, "births_f", path, line);
            var male = Count(csv, "births_m", path, line);
            var key = (KeyOf(name), GroupOf(csv, groupColumn), CountryOf(csv, countryColumn));
            var (first, f, m) = byKey.GetValueOrDefault(key, (name, 0, 0));
            byKey[key] = (first, f + female, m + male);
        });

        var names = byKey
            .Select(e => new LabelledName(e.Value.Name, e.Value.Female, e.Value.Male)
            {
                Group = e.Key.Group,
                Country = e.Key.Country,
            })
            .ToList();
        return new LabelledFile(names, BirthsShape, 0);
    }

    private static LabelledFile ReadTruthColumn(
        string path, string nameColumn, string truthColumn, string? groupColumn, string? countryColumn)
    {
        var names = new List<LabelledName>();
        long unknown = 0;
        string[] required = [truthColumn, .. Optional(groupColumn), .. Optional(countryColumn)];
        ForEachRow(path, nameColumn, required, (csv, _, name) =>
        {
            var group = GroupOf(csv, groupColumn);
            var country = CountryOf(csv, countryColumn);
            switch (csv.GetString(truthColumn).Trim().ToUpperInvariant())
            {
                case "F" or "FEMALE":
                    names.Add(new LabelledName(name, 1, 0) { Group = group, Country = country });
                    break;
                case "M" or "MALE":
                    names.Add(new LabelledName(name, 0, 1) { Group = group, Country = country });
                    break;
                default:
                    unknown++;
                    break;
            }
        });

        return new LabelledFile(names, TruthColumnShape, unknown);
    }

    private static void ForEachRow(
        string path, string nameColumn, string[] required, Action<CsvReader, long, string> read)
    {
        using var csv = Open(path);
        var header = csv.Headers;
        if (header.Count == 0)
        {
            throw new ImportException($"{Path.GetFileName(path)}: the file is empty; expected a header row");
        }

        foreach (var column in required.Prepend(nameColumn))
        {
            if (!Has(header, column))
            {
                throw new ImportException(
                    $"{Path.GetFileName(path)}: no column '{column}'; the header has {string.Join(", ", header)}");
            }
        }

        while (csv.Read())
        {
            read(csv, csv.LineNumber, csv.GetString(nameColumn));
        }
    }

    private static string[] Optional(string? column) => column is null ? [] : [column];

    private static string? GroupOf(CsvReader csv, string? groupColumn) =>
        groupColumn is null ? null : csv.GetString(groupColumn).Trim();

    private static string? CountryOf(CsvReader csv, string? countryColumn) =>
        countryColumn is not null && CountryCode.TryNormalize(csv.GetString(countryColumn), out var code) ? code : null;

    private static double Count(CsvReader csv, string column, string path, long line)
    {
        var text = csv.GetString(column);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        throw new ImportException(
            $"{Path.GetFileName(path)} line {line}, field '{column}': expected a number >= 0, found '{text}'");
    }

    private static IReadOnlyList<string>? ReadHeader(string path)
    {
        if (Directory.Exists(path) || IsBinary(path))
        {
            return null;
        }

        using var csv = Open(path);
        return csv.Headers;
    }

    // Zip, SQLite and gzip inputs go to the importer, which tells them apart by content.
    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return read >= 2 && (head[..2].SequenceEqual("PK"u8) || (head[0] == 0x1f && head[1] == 0x8b)
            || (read == 4 && head.SequenceEqual("SQLi"u8)));
    }

    // Header names match case-insensitively and without surrounding blanks (Name, " births_f").
    private static CsvReader Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportException($"{path}: no such file");
        }

        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            NormalizeHeaderName = header => header.Trim().ToLowerInvariant(),
        };
        return CsvReader.Create(File.OpenRead(path), options, leaveOpen: false);
    }

    private static bool Has(IReadOnlyList<string> header, string column) =>
        header.Any(h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));

    private static string KeyOf(string name)
    {
        var normalized = NameNormalizer.Normalize(name);
        return normalized.IsUsable ? normalized.Candidates[0] : name;
    }
}
