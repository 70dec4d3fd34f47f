using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>Reads one SSA yobYYYY.txt text: headerless lines Name,Sex,Count of one year.</summary>
internal static class YobTextReader
{
    private const int FieldsPerLine = 3;
    private const string LineExpected = "3 fields Name,Sex,Count";

    public static void Read(Stream stream, string file, int year, RecordCollector collector)
    {
        var period = YearPeriod.Year(year);
        using var lines = new CsvLines(stream);

        while (lines.Read())
        {
            collector.CountLine();
            var position = new RecordPosition(file, lines.Line);

            if (lines.IsMalformed || lines.FieldCount != FieldsPerLine)
            {
                collector.Reject(position.BadRecord(LineExpected, lines.RawText));
                continue;
            }

            var (name, sex, count) = (lines.Field(0), lines.Field(1), lines.Field(2));
            TextRecord.Add(collector, position, FieldNames.Yob, name, sex, count, period);
        }
    }
}
