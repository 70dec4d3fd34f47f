using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Api;

/// <summary>Bad feedback requests on PostgreSQL.</summary>
[PostgresDatabase]
public sealed class PostgresFeedbackRequestErrorsTests : FeedbackRequestErrorsContract
{
    protected override DatabaseKind Kind => DatabaseKind.Postgres;
}
