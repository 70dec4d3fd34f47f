namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>Marks a test class that runs on PostgreSQL: its service tests skip when none is configured.</summary>
public sealed class PostgresDatabaseAttribute : NeedsServiceAttribute
{
    public override string? MissingReason => TestPostgres.ConnectionString is null ? TestPostgres.SkipReason : null;
}
