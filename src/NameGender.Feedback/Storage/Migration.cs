namespace NameGender.Feedback.Storage;

/// <summary>One step of the schema, applied once per database in version order.</summary>
/// <param name="Version">1, 2, …: the schema version this step brings the database to.</param>
/// <param name="Name">What the step does, recorded beside its version.</param>
/// <param name="Sql">The statements, in the database's own dialect.</param>
public sealed record Migration(int Version, string Name, string Sql);
