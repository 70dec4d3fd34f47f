using NameGender.Feedback.Storage;
using NameGender.Feedback.Storage.Postgres;
using NameGender.Feedback.Storage.Sqlite;
using NameGender.Server;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>A fresh, empty database of one kind: a temp SQLite file, or a PostgreSQL database of its own.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TemporaryFolder? _folder;

    private TestDatabase(DatabaseKind kind, string location, TemporaryFolder? folder)
    {
        Kind = kind;
        Location = location;
        _folder = folder;
    }

    public DatabaseKind Kind { get; }

    /// <summary>The SQLite file, or the PostgreSQL connection string.</summary>
    public string Location { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Postgres)
        {
            return new TestDatabase(kind, await TestPostgres.CreateDatabaseAsync(), null);
        }

        var folder = new TemporaryFolder();
        return new TestDatabase(kind, folder.Combine("feedback.db"), folder);
    }

    /// <summary>A store over this database, not yet migrated.</summary>
    public SqlFeedbackStore OpenStore() => Kind == DatabaseKind.Postgres
        ? new PostgresFeedbackStore(Location)
        : new SqliteFeedbackStore(Location);

    /// <summary>A migrated store over this database.</summary>
    public async Task<SqlFeedbackStore> OpenMigratedStoreAsync()
    {
        var store = OpenStore();
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>Applies this database to the server's options.</summary>
    public void Configure(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (Kind == DatabaseKind.Postgres)
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
        if (Kind == DatabaseKind.Postgres)
        {
            await TestPostgres.DropDatabaseAsync(Location);
        }
        else if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
