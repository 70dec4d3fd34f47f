using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Api;

/// <summary>The feedback API on SQLite.</summary>
public sealed class SqliteFeedbackApiTests : FeedbackApiContract
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
