using Xunit.Sdk;

namespace NameGender.Testing.Skipping;

/// <summary>
/// A fact written once in a contract base class and run by every class deriving from it; in a
/// class marked with a <see cref="NeedsServiceAttribute"/> it is skipped, saying why, when that
/// service is missing.
/// </summary>
[XunitTestCaseDiscoverer("NameGender.Testing.Skipping.ServiceFactDiscoverer", "NameGender.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceFactAttribute : FactAttribute;
