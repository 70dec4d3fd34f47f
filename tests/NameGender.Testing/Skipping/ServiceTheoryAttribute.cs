using Xunit.Sdk;

namespace NameGender.Testing.Skipping;

/// <summary>The theory form of <see cref="ServiceFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("NameGender.Testing.Skipping.ServiceTheoryDiscoverer", "NameGender.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServiceTheoryAttribute : TheoryAttribute;
