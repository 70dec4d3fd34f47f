using Xunit.Sdk;

namespace NameGender.Store.Tests.Fixtures;

/// <summary>
/// A fact of the store contract, written once in a base class and run for every backend class
/// deriving from it; in a class marked <see cref="S3BackendAttribute"/> it is skipped, with the
/// reason, when no S3-compatible server is configured.
/// </summary>
[XunitTestCaseDiscoverer("NameGender.Store.Tests.Fixtures.StoreFactDiscoverer", "NameGender.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
