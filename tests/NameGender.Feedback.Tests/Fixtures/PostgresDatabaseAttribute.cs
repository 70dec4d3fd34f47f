namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>Marks a test class that runs on PostgreSQL: its database facts skip when none is configured.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostgresDatabaseAttribute : Attribute;
