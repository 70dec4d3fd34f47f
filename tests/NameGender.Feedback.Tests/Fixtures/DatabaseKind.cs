namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>The two databases the feedback app runs on; every storage test runs on both.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
