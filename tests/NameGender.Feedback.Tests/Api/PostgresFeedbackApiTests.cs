using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Api;

/// <summary>The feedback API on PostgreSQL.</summary>
[PostgresDatabase]
public sealed class PostgresFeedbackApiTests : FeedbackApiContract
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
