namespace NameGender.Store;

/// <summary>
/// Where a model's objects live under the store's root:
/// <c>NAME/versions/VERSION/model.ngmodel</c>, <c>…/manifest.json</c>, <c>…/complete.json</c>
/// (written last: the version exists once it does) and <c>NAME/promoted.json</c>.
/// </summary>
internal static class StoreLayout
{
    public const string ModelFileName = "model.ngmodel";
    public const string ManifestFileName = "manifest.json";
    public const string CompletionMarkerFileName = "complete.json";
    public const string PromotedPointerFileName = "promoted.json";

    public static string Versions(string name) => $"{name}/versions";

    public static string Version(string name, string version) => $"{name}/versions/{version}";

    public static string Model(string name, string version) => $"{Version(name, version)}/{ModelFileName}";

    public static string Manifest(string name, string version) =>
        $"{Version(name, version)}/{ManifestFileName}";

    public static string CompletionMarker(string name, string version) =>
        $"{Version(name, version)}/{CompletionMarkerFileName}";

    public static string PromotedPointer(string name) => $"{name}/{PromotedPointerFileName}";
}
