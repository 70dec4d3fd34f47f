using Xunit.Abstractions;
using Xunit.Sdk;

namespace NameGender.Testing.Skipping;

/// <summary>Finds <see cref="ServiceFactAttribute"/> tests, skipping those whose class's service is missing.</summary>
public sealed class ServiceFactDiscoverer(IMessageSink diagnosticMessageSink)
    : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        MissingService.ReasonFor(testMethod) is { } reason
            ? [MissingService.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
