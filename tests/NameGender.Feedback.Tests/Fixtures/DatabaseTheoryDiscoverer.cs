using Xunit.Abstractions;
using Xunit.Sdk;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>Finds <see cref="DatabaseTheoryAttribute"/> tests and skips the PostgreSQL ones without a server.</summary>
public sealed class DatabaseTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var onPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(PostgresDatabaseAttribute)).Any();
        if (onPostgres && TestPostgres.ConnectionString is null)
        {
            return
            [
                new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink,
                    discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(),
                    testMethod,
                    TestPostgres.SkipReason),
            ];
        }

        return base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
