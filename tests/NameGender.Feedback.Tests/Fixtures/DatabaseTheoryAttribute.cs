using Xunit.Sdk;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>The theory form of <see cref="DatabaseFactAttribute"/>: skipped on PostgreSQL without a server.</summary>
[XunitTestCaseDiscoverer("NameGender.Feedback.Tests.Fixtures.DatabaseTheoryDiscoverer", "NameGender.Feedback.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;
