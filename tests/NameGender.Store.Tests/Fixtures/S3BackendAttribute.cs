namespace NameGender.Store.Tests.Fixtures;

/// <summary>Marks a test class that needs the S3-compatible server: its <see cref="StoreFactAttribute"/> tests skip without one.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class S3BackendAttribute : Attribute;
