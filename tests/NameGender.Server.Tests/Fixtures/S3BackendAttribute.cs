namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// Marks a test class that needs the S3-compatible server: its <see cref="StoreFactAttribute"/>
/// tests are skipped, with the reason, without one.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class S3BackendAttribute : Attribute;
