using Xunit.Sdk;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>
/// A test written once in a contract base class and run by each database's class; in a class
/// marked <see cref="PostgresDatabaseAttribute"/> it is skipped, saying why, when no PostgreSQL
/// server is configured.
/// </summary>
[XunitTestCaseDiscoverer("NameGender.Feedback.Tests.Fixtures.DatabaseFactDiscoverer", "NameGender.Feedback.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;
