using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NameGender.Feedback.Records;

namespace NameGender.Feedback.Storage.Sqlite;

/// <summary>
/// Feedback in one SQLite file, created on first use, in WAL mode so readers never wait for the
/// writer. SQLite takes one writer at a time: writes in this process queue on a semaphore rather
/// than polling for the lock, and other processes wait on the busy timeout.
/// </summary>
public sealed class SqliteFeedbackStore : SqlFeedbackStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private bool _folderReady;

    public SqliteFeedbackStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public override string Description => "SQLite " + Path;

    /// <inheritdoc/>
    protected override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    /// <inheritdoc/>
    protected override string MigrationTableSql => SqliteMigrations.Table;

    /// <inheritdoc/>
    protected override string LockRowsClause => string.Empty;

    public void Dispose() => _writer.Dispose();

    /// <inheritdoc/>
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _folderReady))
        {
            // SQLite creates the file but not its folder; the default one may not exist yet.
            if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            Volatile.Write(ref _folderReady, true);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc/>
    protected override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // WAL is a property of the file: set once, every later connection uses it.
        await using var wal = connection.CreateCommand("PRAGMA journal_mode = WAL", null);
        await wal.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new Release(_writer);
    }

    /// <inheritdoc/>
    protected override string IdsIn(string parameter) => $"id IN (SELECT value FROM json_each({parameter}))";

    /// <inheritdoc/>
    protected override void AddIds(DbCommand command, string parameter, IReadOnlyCollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ids);

        // One JSON array parameter instead of a parameter per id: no limit on how many, one statement.
        var json = "[" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
        command.AddText(parameter, json);
    }

    /// <inheritdoc/>
    protected override async Task<int> UpdateGendersAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<GenderAssignment> assignments,
        bool force,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(assignments);

        await using var update = connection.CreateCommand("""
            UPDATE feedback SET gender = @gender, p_female = @p_female, gender_source = @source,
                gender_model = @model, gender_set_at = @set_at
            WHERE id = @id AND gender_source IS DISTINCT FROM 'manual'
                AND (@force OR gender_model IS DISTINCT FROM @model)
            """, transaction);
        var id = update.AddInt64("@id", 0);
        var gender = update.AddText("@gender", null);
        var pFemale = update.AddDouble("@p_female", null);
        var source = update.AddText("@source", null);
        var model = update.AddText("@model", null);
        var setAt = update.AddTime("@set_at", null);
        update.AddBoolean("@force", force);

        // One prepared statement run per record inside one transaction: SQLite's fastest write path.
        var written = 0;
        foreach (var (recordId, reading) in assignments)
        {
            id.Value = recordId;
            gender.Value = StoredValues.Of(reading.Gender);
            pFemale.Value = reading.PFemale is { } p ? p : DBNull.Value;
            source.Value = StoredValues.Of(reading.Source);
            model.Value = (object?)reading.ModelVersion ?? DBNull.Value;
            setAt.Value = reading.SetAt.ToUniversalTime();
            written += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    /// <inheritdoc/>
    protected override async Task<int> UpdateSentimentsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<SentimentAssignment> assignments,
        bool force,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(assignments);

        await using var update = connection.CreateCommand("""
            UPDATE feedback SET sentiment = @sentiment, sentiment_positive = @positive,
                sentiment_negative = @negative, sentiment_neutral = @neutral, sentiment_mixed = @mixed,
                sentiment_set_at = @set_at
            WHERE id = @id AND (@force OR sentiment IS NULL)
            """, transaction);
        var id = update.AddInt64("@id", 0);
        var label = update.AddText("@sentiment", null);
        var positive = update.AddDouble("@positive", null);
        var negative = update.AddDouble("@negative", null);
        var neutral = update.AddDouble("@neutral", null);
        var mixed = update.AddDouble("@mixed", null);
        var setAt = update.AddTime("@set_at", null);
        update.AddBoolean("@force", force);

        var written = 0;
        foreach (var (recordId, reading) in assignments)
        {
            id.Value = recordId;
            label.Value = StoredValues.Of(reading.Label);
            positive.Value = reading.Scores.Positive;
            negative.Value = reading.Scores.Negative;
            neutral.Value = reading.Scores.Neutral;
            mixed.Value = reading.Scores.Mixed;
            setAt.Value = reading.SetAt.ToUniversalTime();
            written += await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    /// <inheritdoc/>
    protected override async Task InsertManyAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<NewFeedback> feedback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(feedback);

        await using var insert = connection.CreateCommand(
            "INSERT INTO feedback (first_name, last_name, feedback, rating, posted_at, country) " +
            "VALUES (@first_name, @last_name, @feedback, @rating, @posted_at, @country)",
            transaction);
        var firstName = insert.AddText("@first_name", null);
        var lastName = insert.AddText("@last_name", null);
        var text = insert.AddText("@feedback", null);
        var rating = insert.AddInt32("@rating", null);
        var postedAt = insert.AddTime("@posted_at", null);
        var country = insert.AddText("@country", null);
        foreach (var item in feedback)
        {
            firstName.Value = (object?)item.FirstName ?? DBNull.Value;
            lastName.Value = (object?)item.LastName ?? DBNull.Value;
            text.Value = item.Text;
            rating.Value = item.Rating is { } r ? r : DBNull.Value;
            postedAt.Value = item.PostedAt.ToUniversalTime();
            country.Value = (object?)item.Country ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class Release(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }
}
