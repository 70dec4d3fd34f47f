using System.Globalization;

namespace NameGender.Store;

/// <summary>
/// Version ids: the UTC time the version was stored and the model's content id,
/// e.g. 20250301-142233-5f0c2a9e1b7d. They sort by time and need no counter shared between writers,
/// which an object store could not keep consistent.
/// </summary>
internal static class VersionId
{
    public static string Create(DateTimeOffset storedAt, string modelId) =>
        string.Create(CultureInfo.InvariantCulture, $"{storedAt.UtcDateTime:yyyyMMdd-HHmmss}-{modelId}");

    /// <summary>The same id with a counter, for the rare second store of one model within a second.</summary>
    public static string WithSuffix(string id, int attempt) =>
        string.Create(CultureInfo.InvariantCulture, $"{id}-{attempt}");

    /// <summary>False for text that cannot be one key segment: empty, '.', '..' or holding a '/'.</summary>
    public static bool IsOneSegment(string version) =>
        version.Length > 0
        && version is not ("." or "..")
        && !version.Contains('/', StringComparison.Ordinal);
}
