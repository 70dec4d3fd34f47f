using NameGender.Feedback.Tests.Fixtures;
using Npgsql;

namespace NameGender.Feedback.Tests.Storage;

/// <summary>The store contract on a PostgreSQL database of its own (the server .ci/run starts).</summary>
[PostgresDatabase]
public sealed class PostgresFeedbackStoreTests : FeedbackStoreContract
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;

    protected override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Location);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
