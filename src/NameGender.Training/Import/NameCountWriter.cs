using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>
/// Writes records as the bundled snapshot: a gzipped CSV <c>name,sex,decade,births</c> with one row
/// per name, sex and decade, which <see cref="NameDataImporter"/> reads back as the same counts.
/// When records carry countries, a last column <c>country</c> keeps them apart (blank for none).
/// </summary>
/// <remarks>
/// Rows are sorted by name (ordinal), then sex (F before M), then decade; records without a
/// period share one row per name and sex whose decade field is empty, sorted first. The same
/// records always give the same bytes: the gzip header carries no timestamp.
/// </remarks>
public static class NameCountWriter
{
    private static readonly string[] Header = ["name", "sex", "decade", "births"];
    private static readonly string[] HeaderWithCountry = [.. Header, "country"];
    private static readonly CsvWriterOptions UnixLines =
        CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>Writes the snapshot of <paramref name="records"/> to a new file.</summary>
    /// <returns>The number of rows written, header not counted.</returns>
    /// <exception cref="ArgumentException">A record's period spans two decades.</exception>
    public static int Write(IEnumerable<NameCount> records, string path)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        // Records are checked before the file is created, so a refused record leaves no file.
        var rows = SortedRows(records);
        using var file = File.Create(path);
        WriteRows(rows, file);
        return rows.Count;
    }

    /// <summary>Writes the snapshot to <paramref name="destination"/>, left open.</summary>
    /// <returns>The number of rows written, header not counted.</returns>
    /// <exception cref="ArgumentException">A record's period spans two decades.</exception>
    public static int Write(IEnumerable<NameCount> records, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(destination);

        var rows = SortedRows(records);
        WriteRows(rows, destination);
        return rows.Count;
    }

    private static void WriteRows(List<DecadeCount> rows, Stream destination)
    {
        using var gzip = new GZipStream(
            destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var csv = CsvWriter.Create(gzip, UnixLines, leaveOpen: true);

        var countries = rows.Exists(row => row.Country is not null);
        csv.WriteHeader(countries ? HeaderWithCountry : Header);
        foreach (var row in rows)
        {
            csv.WriteField(row.Name);
            csv.WriteField(row.Sex == Sex.Female ? "F" : "M");
            csv.WriteField(row.Decade?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(row.Births.ToString(CultureInfo.InvariantCulture));
            if (countries)
            {
                csv.WriteField(row.Country ?? string.Empty);
            }

            csv.EndRecord();
        }
    }

    private static List<DecadeCount> SortedRows(IEnumerable<NameCount> records)
    {
        var births = new Dictionary<(string Name, Sex Sex, int? Decade, string? Country), long>();
        foreach (var record in records)
        {
            if (!TryGetDecade(record.Period, out var decade))
            {
                throw new ArgumentException(
                    $"The record of {record.Name} ({record.Sex}) covers {record.Period}, more than "
                    + "one decade; the snapshot stores counts per decade.",
                    nameof(records));
            }

            var key = (record.Name, record.Sex, decade, record.Country);
            births[key] = checked(births.GetValueOrDefault(key) + record.Count);
        }

        List<DecadeCount> rows = [.. births.Select(entry =>
            new DecadeCount(entry.Key.Name, entry.Key.Sex, entry.Key.Decade, entry.Value, entry.Key.Country))];
        rows.Sort(DecadeCount.Compare);
        return rows;
    }

    /// <summary>The decade <paramref name="period"/> starts in; false when it spans two.</summary>
    private static bool TryGetDecade(YearPeriod? period, out int? decade)
    {
        decade = null;
        if (period is not { } known)
        {
            return true;
        }

        var first = YearPeriod.DecadeOf(known.First);
        decade = first.First;
        return first == YearPeriod.DecadeOf(known.Last);
    }
}
