using Xunit.Sdk;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// A fact written once in a base class and run for every store backend deriving from it; in a
/// class marked <see cref="S3BackendAttribute"/> it is skipped, saying why, when no S3-compatible
/// server is configured.
/// </summary>
[XunitTestCaseDiscoverer(
    "NameGender.Server.Tests.Fixtures.StoreFactDiscoverer", "NameGender.Server.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
