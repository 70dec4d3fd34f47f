using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using NameGender.Feedback.Records;

namespace NameGender.Feedback.Storage;

/// <summary>
/// The statements both databases share, over ADO.NET. Subclasses supply the connection, the
/// schema, how a list of ids is passed, and how a batch of predictions is written fastest.
/// </summary>
public abstract class SqlFeedbackStore : IFeedbackStore
{
    private const string UpdateRow = """
        UPDATE feedback SET first_name = @first_name, last_name = @last_name, feedback = @feedback,
            rating = @rating, gender = @gender, p_female = @p_female, gender_source = @gender_source,
            gender_model = @gender_model, gender_set_at = @gender_set_at, sentiment = @sentiment,
            sentiment_positive = @sentiment_positive, sentiment_negative = @sentiment_negative,
            sentiment_neutral = @sentiment_neutral, sentiment_mixed = @sentiment_mixed,
            sentiment_set_at = @sentiment_set_at, country = @country
        WHERE id = @id
        """;

    /// <inheritdoc/>
    public abstract string Description { get; }

    /// <summary>The schema steps, in version order.</summary>
    protected abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>The statement that creates the table recording applied migrations, if missing.</summary>
    protected abstract string MigrationTableSql { get; }

    /// <summary>" FOR UPDATE" where the database locks selected rows that way, else empty.</summary>
    protected abstract string LockRowsClause { get; }

    /// <inheritdoc/>
    public async Task<MigrationOutcome> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await PrepareDatabaseAsync(connection, cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);

        await using (var create = connection.CreateCommand(MigrationTableSql, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        int current;
        await using (var version = connection.CreateCommand(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", transaction))
        {
            current = Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var latest = Migrations[^1].Version;
        if (current > latest)
        {
            throw new FeedbackStoreException(string.Create(CultureInfo.InvariantCulture,
                $"{Description} has schema version {current}; this version of NameGender knows up to {latest}. Run a newer NameGender, or point it at another database."));
        }

        foreach (var migration in Migrations.Where(m => m.Version > current))
        {
            await using var step = connection.CreateCommand(migration.Sql, transaction);
            await step.ExecuteNonQueryAsync(cancellationToken);
            await using var record = connection.CreateCommand(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                transaction);
            record.AddInt32("@version", migration.Version);
            record.AddText("@name", migration.Name);
            record.AddTime("@at", DateTimeOffset.UtcNow);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new MigrationOutcome(current, Math.Max(current, latest));
    }

    /// <inheritdoc/>
    public async Task<FeedbackRecord> AddAsync(NewFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);

        await using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand(
            "INSERT INTO feedback (first_name, last_name, feedback, rating, posted_at, country) " +
            "VALUES (@first_name, @last_name, @feedback, @rating, @posted_at, @country) RETURNING id",
            transaction: null);
        insert.AddText("@country", feedback.Country);
        insert.AddText("@first_name", feedback.FirstName);
        insert.AddText("@last_name", feedback.LastName);
        insert.AddText("@feedback", feedback.Text);
        insert.AddInt32("@rating", feedback.Rating);
        insert.AddTime("@posted_at", feedback.PostedAt);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new FeedbackRecord(
            id, feedback.FirstName, feedback.LastName, feedback.Text, feedback.Rating,
            feedback.PostedAt.ToUniversalTime(), Gender: null, Sentiment: null)
        {
            Country = feedback.Country,
        };
    }

    /// <inheritdoc/>
    public async Task<int> AddManyAsync(IReadOnlyList<NewFeedback> feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        if (feedback.Count == 0)
        {
            return 0;
        }

        await using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        await InsertManyAsync(connection, transaction, feedback, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return feedback.Count;
    }

    /// <inheritdoc/>
    public async Task<FeedbackRecord?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadOneAsync(connection, null, id, lockRow: false, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<FeedbackPage> ListAsync(FeedbackQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        var filter = query.Pending switch
        {
            PendingWork.Gender when query.ModelVersion is not null => " WHERE " + PendingFilters.Gender,
            PendingWork.Gender => " WHERE " + PendingFilters.GenderWithoutModel,
            PendingWork.Sentiment => " WHERE " + PendingFilters.Sentiment,
            _ => string.Empty,
        };

        await using var connection = await OpenAsync(cancellationToken);
        long total;
        await using (var count = connection.CreateCommand("SELECT COUNT(*) FROM feedback" + filter, null))
        {
            count.AddText("@model", query.ModelVersion);
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await using var page = connection.CreateCommand(
            $"SELECT {FeedbackColumns.All} FROM feedback{filter} ORDER BY id DESC LIMIT @limit OFFSET @offset",
            null);
        page.AddText("@model", query.ModelVersion);
        page.AddInt32("@limit", query.PageSize);
        page.AddInt64("@offset", query.Offset);
        var records = new List<FeedbackRecord>(query.PageSize);
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(FeedbackColumns.Read(reader));
        }

        return new FeedbackPage(records, total);
    }

    /// <inheritdoc/>
    public async Task<FeedbackRecord?> ChangeAsync(
        long id, FeedbackChange change, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);

        await using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var current = await ReadOneAsync(connection, transaction, id, lockRow: true, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var changed = RecordChanges.Apply(current, change, at);
        await using (var update = connection.CreateCommand(UpdateRow, transaction))
        {
            BindRow(update, changed);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <inheritdoc/>
    public async Task<FeedbackRecord?> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var delete = connection.CreateCommand(
            $"DELETE FROM feedback WHERE id = @id RETURNING {FeedbackColumns.All}", null);
        delete.AddInt64("@id", id);
        await using var reader = await delete.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? FeedbackColumns.Read(reader) : null;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GenderCandidate>> SelectForGenderAsync(
        WorkSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);

        await using var connection = await OpenAsync(cancellationToken);
        var filter = selection.Ids is not null ? IdsIn("@ids")
            : selection.Force ? PendingFilters.GenderForced
            : selection.ModelVersion is null ? PendingFilters.GenderWithoutModel
            : PendingFilters.Gender;
        await using var select = connection.CreateCommand(
            $"SELECT id, first_name, gender_source, gender_model, country FROM feedback WHERE {filter} ORDER BY id",
            null);
        AddSelection(select, selection);

        var candidates = new List<GenderCandidate>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new GenderCandidate(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : StoredValues.ParseSource(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3))
            {
                Country = reader.IsDBNull(4) ? null : reader.GetString(4),
            });
        }

        return candidates;
    }

    /// <inheritdoc/>
    public async Task<int> WriteGendersAsync(
        IReadOnlyList<GenderAssignment> assignments, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        if (assignments.Count == 0)
        {
            return 0;
        }

        await using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var written = await UpdateGendersAsync(connection, transaction, assignments, force, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SentimentCandidate>> SelectForSentimentAsync(
        WorkSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);

        await using var connection = await OpenAsync(cancellationToken);
        var filter = selection.Ids is not null ? IdsIn("@ids")
            : selection.Force ? "1 = 1"
            : PendingFilters.Sentiment;
        await using var select = connection.CreateCommand(
            $"SELECT id, feedback, sentiment FROM feedback WHERE {filter} ORDER BY id", null);
        AddSelection(select, selection);

        var candidates = new List<SentimentCandidate>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new SentimentCandidate(reader.GetInt64(0), reader.GetString(1), !reader.IsDBNull(2)));
        }

        return candidates;
    }

    /// <inheritdoc/>
    public async Task<int> WriteSentimentsAsync(
        IReadOnlyList<SentimentAssignment> assignments, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        if (assignments.Count == 0)
        {
            return 0;
        }

        await using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var written = await UpdateSentimentsAsync(connection, transaction, assignments, force, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<FeedbackRecord> ReadAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand(
            $"SELECT {FeedbackColumns.All} FROM feedback ORDER BY id", null);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return FeedbackColumns.Read(reader);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<InsightRow> ReadInsightRowsAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand(
            "SELECT gender_source, p_female, rating, sentiment FROM feedback ORDER BY id", null);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new InsightRow(
                Identified: !reader.IsDBNull(0),
                PFemale: reader.IsDBNull(1) ? null : reader.GetDouble(1),
                Rating: reader.IsDBNull(2) ? null : reader.GetInt32(2),
                Sentiment: reader.IsDBNull(3) ? null : StoredValues.ParseSentiment(reader.GetString(3)));
        }
    }

    /// <summary>An open connection, from the provider's pool.</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A condition true for the ids passed in parameter <paramref name="parameter"/>.</summary>
    protected abstract string IdsIn(string parameter);

    /// <summary>Adds the ids as one parameter, in the form <see cref="IdsIn"/> reads.</summary>
    protected abstract void AddIds(DbCommand command, string parameter, IReadOnlyCollection<long> ids);

    /// <summary>Writes the predicted genders within the open transaction; returns the rows changed.</summary>
    protected abstract Task<int> UpdateGendersAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<GenderAssignment> assignments,
        bool force,
        CancellationToken cancellationToken);

    /// <summary>Writes the sentiments within the open transaction; returns the rows changed.</summary>
    protected abstract Task<int> UpdateSentimentsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<SentimentAssignment> assignments,
        bool force,
        CancellationToken cancellationToken);

    /// <summary>Inserts new records within the open transaction.</summary>
    protected abstract Task InsertManyAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<NewFeedback> feedback,
        CancellationToken cancellationToken);

    /// <summary>Settings a database needs once before its schema is read (SQLite's WAL mode).</summary>
    protected virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Keeps a second server from migrating at the same time, where a transaction alone does not.</summary>
    protected virtual Task LockForMigrationAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Begins a transaction that takes the write lock at once where the database has one.</summary>
    protected virtual async ValueTask<DbTransaction> BeginAsync(
        DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);

        return await connection.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Waits for this process's turn to write, where the database takes one writer at a time.</summary>
    protected virtual ValueTask<IAsyncDisposable> EnterWriteAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IAsyncDisposable>(NoGate.Instance);

    private void AddSelection(DbCommand command, WorkSelection selection)
    {
        if (selection.Ids is { } ids)
        {
            AddIds(command, "@ids", ids);
        }

        command.AddText("@model", selection.ModelVersion);
    }

    private async Task<FeedbackRecord?> ReadOneAsync(
        DbConnection connection, DbTransaction? transaction, long id, bool lockRow, CancellationToken cancellationToken)
    {
        var sql = $"SELECT {FeedbackColumns.All} FROM feedback WHERE id = @id" + (lockRow ? LockRowsClause : string.Empty);
        await using var select = connection.CreateCommand(sql, transaction);
        select.AddInt64("@id", id);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? FeedbackColumns.Read(reader) : null;
    }

    private static void BindRow(DbCommand command, FeedbackRecord record)
    {
        command.AddInt64("@id", record.Id);
        command.AddText("@first_name", record.FirstName);
        command.AddText("@last_name", record.LastName);
        command.AddText("@country", record.Country);
        command.AddText("@feedback", record.Text);
        command.AddInt32("@rating", record.Rating);

        var gender = record.Gender;
        command.AddText("@gender", gender is null ? null : StoredValues.Of(gender.Gender));
        command.AddDouble("@p_female", gender?.PFemale);
        command.AddText("@gender_source", gender is null ? null : StoredValues.Of(gender.Source));
        command.AddText("@gender_model", gender?.ModelVersion);
        command.AddTime("@gender_set_at", gender?.SetAt);

        var sentiment = record.Sentiment;
        command.AddText("@sentiment", sentiment is null ? null : StoredValues.Of(sentiment.Label));
        command.AddDouble("@sentiment_positive", sentiment?.Scores.Positive);
        command.AddDouble("@sentiment_negative", sentiment?.Scores.Negative);
        command.AddDouble("@sentiment_neutral", sentiment?.Scores.Neutral);
        command.AddDouble("@sentiment_mixed", sentiment?.Scores.Mixed);
        command.AddTime("@sentiment_set_at", sentiment?.SetAt);
    }

    private sealed class NoGate : IAsyncDisposable
    {
        public static readonly NoGate Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
