namespace NameGender.Feedback.Storage.Sqlite;

/// <summary>
/// The SQLite schema, step by step. Times are ISO 8601 text in UTC, as Microsoft.Data.Sqlite writes
/// a DateTimeOffset. The CHECKs keep a prediction whole: a gender never without its source and time
/// (and model, unless set by hand), a sentiment never without its four scores.
/// </summary>
internal static class SqliteMigrations
{
    public const string Table = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL)
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "feedback records with gender and sentiment", """
            CREATE TABLE feedback (
                -- AUTOINCREMENT: an id is never handed out again after a delete.
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                first_name TEXT,
                last_name TEXT,
                feedback TEXT NOT NULL,
                rating INTEGER CHECK (rating BETWEEN 1 AND 5),
                posted_at TEXT NOT NULL,
                gender TEXT CHECK (gender IN ('female', 'male', 'unknown')),
                p_female REAL CHECK (p_female BETWEEN 0 AND 1),
                gender_source TEXT CHECK (gender_source IN ('lookup', 'model', 'none', 'manual')),
                gender_model TEXT,
                gender_set_at TEXT,
                sentiment TEXT CHECK (sentiment IN ('POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED')),
                sentiment_positive REAL,
                sentiment_negative REAL,
                sentiment_neutral REAL,
                sentiment_mixed REAL,
                sentiment_set_at TEXT,
                CHECK ((gender IS NULL AND p_female IS NULL AND gender_source IS NULL
                        AND gender_model IS NULL AND gender_set_at IS NULL)
                    OR (gender IS NOT NULL AND gender_source IS NOT NULL AND gender_set_at IS NOT NULL
                        AND (gender_source = 'manual' OR gender_model IS NOT NULL))),
                CHECK ((sentiment IS NULL AND sentiment_positive IS NULL AND sentiment_negative IS NULL
                        AND sentiment_neutral IS NULL AND sentiment_mixed IS NULL AND sentiment_set_at IS NULL)
                    OR (sentiment IS NOT NULL AND sentiment_positive IS NOT NULL
                        AND sentiment_negative IS NOT NULL AND sentiment_neutral IS NOT NULL
                        AND sentiment_mixed IS NOT NULL AND sentiment_set_at IS NOT NULL)));
            """),
        new(2, "the customer's country", """
            ALTER TABLE feedback ADD COLUMN country TEXT
                CHECK (country IS NULL OR (length(country) = 2 AND country = upper(country)));
            """),
    ];
}
