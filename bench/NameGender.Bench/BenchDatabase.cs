using Microsoft.Data.Sqlite;
using NameGender.Server;
using Npgsql;

namespace NameGender.Bench;

/// <summary>
/// A fresh, empty feedback database for one run: a SQLite file in a temp folder, or a PostgreSQL
/// database of its own on the server <c>--postgres</c> names, dropped afterwards.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _postgresAdmin;

    private BenchDatabase(string kind, string location, string? folder, string? postgresAdmin)
    {
        Kind = kind;
        Location = location;
        _folder = folder;
        _postgresAdmin = postgresAdmin;
    }

    /// <summary>sqlite or postgres, as the report names it.</summary>
    public string Kind { get; }

    /// <summary>The SQLite file, or the connection string of the new PostgreSQL database.</summary>
    public string Location { get; }

    public static BenchDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "namegender-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new BenchDatabase("sqlite", Path.Combine(folder, "feedback.db"), folder, null);
    }

    public static async Task<BenchDatabase> CreatePostgresAsync(string admin)
    {
        var name = "namegender_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var location = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new BenchDatabase("postgres", location, null, admin);
    }

    /// <summary>Points the server's feedback app at this database.</summary>
    public void Configure(ServerOptions options)
    {
        if (_postgresAdmin is not null)
        {
            options.Feedback.Postgres = Location;
        }
        else
        {
            options.Feedback.Database = Location;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresAdmin is not null)
        {
            var name = new NpgsqlConnectionStringBuilder(Location).Database;
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
