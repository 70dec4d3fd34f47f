using NameGender.Feedback.Tests.Fixtures;

namespace NameGender.Feedback.Tests.Api;

/// <summary>Bad feedback requests on SQLite.</summary>
public sealed class SqliteFeedbackRequestErrorsTests : FeedbackRequestErrorsContract
{
    protected override DatabaseKind Kind => DatabaseKind.Sqlite;
}
