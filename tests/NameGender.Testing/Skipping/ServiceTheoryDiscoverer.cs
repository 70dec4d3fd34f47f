using Xunit.Abstractions;
using Xunit.Sdk;

namespace NameGender.Testing.Skipping;

/// <summary>Finds <see cref="ServiceTheoryAttribute"/> tests, skipping those whose class's service is missing.</summary>
public sealed class ServiceTheoryDiscoverer(IMessageSink diagnosticMessageSink)
    : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        MissingService.ReasonFor(testMethod) is { } reason
            ? [MissingService.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
