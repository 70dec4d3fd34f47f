using Xunit.Abstractions;
using Xunit.Sdk;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>
/// Discovers <see cref="StoreFactAttribute"/> tests, skipping the S3 ones when no server is
/// configured.
/// </summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink)
    : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsS3 = testMethod.TestClass.Class.GetCustomAttributes(typeof(S3BackendAttribute)).Any();
        if (needsS3 && S3TestEndpoint.Url is null)
        {
            return
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink,
                    discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod,
                    S3TestEndpoint.SkipReason),
            ];
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
