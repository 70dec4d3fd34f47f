using Microsoft.Data.Sqlite;
using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Storage;

/// <summary>The store contract on a SQLite file.</summary>
public sealed class SqliteFeedbackStoreTests : FeedbackStoreContract
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;

    [ServiceFact]
    public async Task Migrate_NewFile_CreatesItInWalMode()
    {
        var path = Location;

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Location}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
