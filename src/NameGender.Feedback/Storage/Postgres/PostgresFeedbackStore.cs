using System.Data.Common;
using NameGender.Feedback.Records;
using Npgsql;
using NpgsqlTypes;

namespace NameGender.Feedback.Storage.Postgres;

/// <summary>
/// Feedback in PostgreSQL, for deployments where several servers share one database. A batch of
/// predictions is one UPDATE over unnest()ed arrays; its rows are locked first in id order, so
/// concurrent runs over the same records queue instead of deadlocking.
/// </summary>
public sealed class PostgresFeedbackStore : SqlFeedbackStore, IAsyncDisposable, IDisposable
{
    // Any fixed number: every server migrating this database takes the same advisory lock.
    private const long MigrationLockKey = 0x4E47_4665_6564;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresFeedbackStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <inheritdoc/>
    public override string Description { get; }

    /// <inheritdoc/>
    protected override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    /// <inheritdoc/>
    protected override string MigrationTableSql => PostgresMigrations.Table;

    /// <inheritdoc/>
    protected override string LockRowsClause => " FOR UPDATE";

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    /// <inheritdoc/>
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc/>
    protected override async Task LockForMigrationAsync(
        DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // CREATE TABLE IF NOT EXISTS is not safe against a concurrent create; the lock makes it so.
        await using var command = connection.CreateCommand("SELECT pg_advisory_xact_lock(@key)", transaction);
        command.AddInt64("@key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override string IdsIn(string parameter) => $"id = ANY({parameter})";

    /// <inheritdoc/>
    protected override void AddIds(DbCommand command, string parameter, IReadOnlyCollection<long> ids)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(ids);

        AddArray(command, parameter, NpgsqlDbType.Bigint, ids.ToArray());
    }

    /// <inheritdoc/>
    protected override async Task<int> UpdateGendersAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<GenderAssignment> assignments,
        bool force,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);

        var ids = assignments.Select(a => a.Id).ToArray();
        await LockInOrderAsync(connection, transaction, ids, cancellationToken);

        // One model per run: the caller predicted the whole batch with the model it took once.
        var first = assignments[0].Reading;
        await using var update = connection.CreateCommand("""
            UPDATE feedback AS f SET gender = u.gender, p_female = u.p_female, gender_source = u.source,
                gender_model = @model, gender_set_at = @set_at
            FROM unnest(@ids, @genders, @p_females, @sources) AS u(id, gender, p_female, source)
            WHERE f.id = u.id AND f.gender_source IS DISTINCT FROM 'manual'
                AND (@force OR f.gender_model IS DISTINCT FROM @model)
            """, transaction);
        AddArray(update, "@ids", NpgsqlDbType.Bigint, ids);
        AddArray(update, "@genders", NpgsqlDbType.Text, assignments.Select(a => StoredValues.Of(a.Reading.Gender)).ToArray());
        AddArray(update, "@p_females", NpgsqlDbType.Double, assignments.Select(a => a.Reading.PFemale).ToArray());
        AddArray(update, "@sources", NpgsqlDbType.Text, assignments.Select(a => StoredValues.Of(a.Reading.Source)).ToArray());
        update.AddText("@model", first.ModelVersion);
        update.AddTime("@set_at", first.SetAt);
        update.AddBoolean("@force", force);
        return await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task<int> UpdateSentimentsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<SentimentAssignment> assignments,
        bool force,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);

        var ids = assignments.Select(a => a.Id).ToArray();
        await LockInOrderAsync(connection, transaction, ids, cancellationToken);

        await using var update = connection.CreateCommand("""
            UPDATE feedback AS f SET sentiment = u.sentiment, sentiment_positive = u.positive,
                sentiment_negative = u.negative, sentiment_neutral = u.neutral, sentiment_mixed = u.mixed,
                sentiment_set_at = @set_at
            FROM unnest(@ids, @labels, @positives, @negatives, @neutrals, @mixeds)
                AS u(id, sentiment, positive, negative, neutral, mixed)
            WHERE f.id = u.id AND (@force OR f.sentiment IS NULL)
            """, transaction);
        AddArray(update, "@ids", NpgsqlDbType.Bigint, ids);
        AddArray(update, "@labels", NpgsqlDbType.Text, assignments.Select(a => StoredValues.Of(a.Reading.Label)).ToArray());
        AddArray(update, "@positives", NpgsqlDbType.Double, assignments.Select(a => a.Reading.Scores.Positive).ToArray());
        AddArray(update, "@negatives", NpgsqlDbType.Double, assignments.Select(a => a.Reading.Scores.Negative).ToArray());
        AddArray(update, "@neutrals", NpgsqlDbType.Double, assignments.Select(a => a.Reading.Scores.Neutral).ToArray());
        AddArray(update, "@mixeds", NpgsqlDbType.Double, assignments.Select(a => a.Reading.Scores.Mixed).ToArray());
        update.AddTime("@set_at", assignments[0].Reading.SetAt);
        update.AddBoolean("@force", force);
        return await update.ExecuteNonQueryAsync(cancellationToken);
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

        await using var insert = connection.CreateCommand("""
            INSERT INTO feedback (first_name, last_name, feedback, rating, posted_at, country)
            SELECT * FROM unnest(@first_names, @last_names, @texts, @ratings, @posted_ats, @countries)
            """, transaction);
        AddArray(insert, "@first_names", NpgsqlDbType.Text, feedback.Select(f => f.FirstName).ToArray());
        AddArray(insert, "@last_names", NpgsqlDbType.Text, feedback.Select(f => f.LastName).ToArray());
        AddArray(insert, "@texts", NpgsqlDbType.Text, feedback.Select(f => f.Text).ToArray());
        AddArray(insert, "@ratings", NpgsqlDbType.Integer, feedback.Select(f => f.Rating).ToArray());
        AddArray(insert, "@posted_ats", NpgsqlDbType.TimestampTz,
            feedback.Select(f => f.PostedAt.UtcDateTime).ToArray());
        AddArray(insert, "@countries", NpgsqlDbType.Text, feedback.Select(f => f.Country).ToArray());
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Locks the rows in ascending id order, the one order every writer uses.</summary>
    private static async Task LockInOrderAsync(
        DbConnection connection, DbTransaction transaction, long[] ids, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            "SELECT id FROM feedback WHERE id = ANY(@ids) ORDER BY id FOR UPDATE", transaction);
        AddArray(command, "@ids", NpgsqlDbType.Bigint, ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
        }
    }

    private static void AddArray<T>(DbCommand command, string name, NpgsqlDbType elementType, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | elementType) { Value = values });
}
