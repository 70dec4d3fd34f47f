namespace NameGender.Feedback.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, step by step: the same table and CHECKs as SQLite's, in PostgreSQL's
/// types (identity ids, timestamptz).
/// </summary>
internal static class PostgresMigrations
{
    public const string Table = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            name text NOT NULL,
            applied_at timestamptz NOT NULL)
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "feedback records with gender and sentiment", """
            CREATE TABLE feedback (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                first_name text,
                last_name text,
                feedback text NOT NULL,
                rating integer CHECK (rating BETWEEN 1 AND 5),
                posted_at timestamptz NOT NULL,
                gender text CHECK (gender IN ('female', 'male', 'unknown')),
                p_female double precision CHECK (p_female BETWEEN 0 AND 1),
                gender_source text CHECK (gender_source IN ('lookup', 'model', 'none', 'manual')),
                gender_model text,
                gender_set_at timestamptz,
                sentiment text CHECK (sentiment IN ('POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED')),
                sentiment_positive double precision,
                sentiment_negative double precision,
                sentiment_neutral double precision,
                sentiment_mixed double precision,
                sentiment_set_at timestamptz,
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
            ALTER TABLE feedback ADD COLUMN country text CHECK (country ~ '^[A-Z]{2}$');
            """),
    ];
}
