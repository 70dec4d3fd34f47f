namespace NameGender.Feedback.Storage;

/// <summary>What a migration run did: the schema version before and after.</summary>
public sealed record MigrationOutcome(int FromVersion, int ToVersion)
{
    public bool Changed => FromVersion != ToVersion;
}
