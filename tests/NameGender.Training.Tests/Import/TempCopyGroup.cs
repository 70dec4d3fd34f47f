namespace NameGender.Training.Tests.Import;

/// <summary>
/// Tests that make the importer spell a database out into the temp folder run one after another,
/// so a test that checks the copy is deleted sees no other test's copy.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TempCopyGroup
{
    public const string Name = "Temp copies of databases";
}
