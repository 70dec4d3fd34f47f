using System.Globalization;
using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>
/// Reads a CSV whose header names its columns: name, sex or gender, and optionally count or
/// births, year or decade, and country. Without a count column each row is a label carrying the
/// label weight. A blank country cell leaves the row to the input's country, if any.
/// </summary>
internal static class NameCsvReader
{
    private const string NoHeader =
        "the file holds no header row; expected a header such as name,sex,count,year";

    public static SourceKind Read(Stream stream, string file, RecordCollector collector)
    {
        using var lines = new CsvLines(stream);
        if (!lines.Read())
        {
            throw new ImportException(file, null, $"{file}: {NoHeader}");
        }

        var header = Enumerable.Range(0, lines.FieldCount).Select(lines.Field).ToList();
        var columns = CsvColumns.Find(header, new RecordPosition(file, lines.Line));
        var fieldNames = columns.FieldNames;

        while (lines.Read())
        {
            collector.CountLine();
            var position = new RecordPosition(file, lines.Line);

            if (lines.IsMalformed || lines.FieldCount != header.Count)
            {
                var expected = string.Create(CultureInfo.InvariantCulture,
                    $"{header.Count} fields as in the header, quotes balanced");
                collector.Reject(position.BadRecord(expected, lines.RawText));
                continue;
            }

            if (!TryReadPeriod(lines, columns, position, collector, out var period))
            {
                continue;
            }

            if (!TryReadCountry(lines, columns, position, collector, out var country))
            {
                continue;
            }

            var name = lines.Field(columns.Name);
            var sex = lines.Field(columns.Sex);
            var count = columns.Count < 0 ? null : lines.Field(columns.Count);
            TextRecord.Add(collector, position, fieldNames, name, sex, count, period, country);
        }

        return columns.Count < 0 ? SourceKind.Labels : SourceKind.Births;
    }

    /// <summary>An empty year or decade means no period, as the snapshot writes it.</summary>
    private static bool TryReadPeriod(
        CsvLines lines,
        CsvColumns columns,
        RecordPosition position,
        RecordCollector collector,
        out YearPeriod? period)
    {
        period = null;
        var column = columns.Year >= 0 ? columns.Year : columns.Decade;
        if (column < 0)
        {
            return true;
        }

        var text = lines.Field(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (column == columns.Year && FieldRules.TryReadYear(text, out var year))
        {
            period = YearPeriod.Year(year);
            return true;
        }

        if (column == columns.Decade && FieldRules.TryReadDecade(text, out var decade))
        {
            period = decade;
            return true;
        }

        var expected = column == columns.Year ? FieldRules.YearExpected : FieldRules.DecadeExpected;
        collector.Reject(position.BadField(columns.Header[column], expected, text));
        return false;
    }

    private static bool TryReadCountry(
        CsvLines lines,
        CsvColumns columns,
        RecordPosition position,
        RecordCollector collector,
        out string? country)
    {
        country = null;
        if (columns.Country < 0)
        {
            return true;
        }

        var text = lines.Field(columns.Country);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (CountryCode.TryNormalize(text, out var code))
        {
            country = code;
            return true;
        }

        collector.Reject(position.BadField(columns.Header[columns.Country], CountryCode.Expected, text));
        return false;
    }
}
