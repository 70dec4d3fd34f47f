using Xunit.Abstractions;
using Xunit.Sdk;

namespace NameGender.Testing.Skipping;

/// <summary>
/// What the service discoverers share: the reason a test's class cannot run here, and the skipped
/// test case that reports it. The reason is read per class, since a contract's tests are
/// discovered once for each class deriving from it.
/// </summary>
internal static class MissingService
{
    public static string? ReasonFor(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsServiceAttribute))
            .OfType<IReflectionAttributeInfo>()
            .Select(info => ((NeedsServiceAttribute)info.Attribute).MissingReason)
            .FirstOrDefault(reason => reason is not null);

    public static IXunitTestCase Skipped(
        IMessageSink diagnosticMessageSink,
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        string reason) =>
        new XunitSkippedDataRowTestCase(
            diagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            reason);
}
