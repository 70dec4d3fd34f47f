namespace NameGender.Server.Models;

/// <summary>
/// What a model source offers at a check: a local model file to load (and, from a store, which
/// version it is), or the problem that leaves nothing to load.
/// </summary>
internal sealed record ModelOffer
{
    private ModelOffer(
        string origin, string? path, ServedStoreVersion? storeVersion, string? problem, bool refused)
    {
        Origin = origin;
        Path = path;
        StoreVersion = storeVersion;
        Problem = problem;
        IsRefusal = refused;
    }

    /// <summary>Where the model comes from, for logs: the file, or the stored version.</summary>
    public string Origin { get; }

    /// <summary>The local model file to load; null when there is a <see cref="Problem"/>.</summary>
    public string? Path { get; }

    /// <summary>The stored version the file holds; null for a model served from a file.</summary>
    public ServedStoreVersion? StoreVersion { get; }

    /// <summary>Why there is nothing to load; null when there is.</summary>
    public string? Problem { get; }

    /// <summary>
    /// True when a model was found and refused (a corrupt download), which counts as a failed load;
    /// false when there was none to find (nothing promoted, the store unreachable).
    /// </summary>
    public bool IsRefusal { get; }

    public static ModelOffer File(string path) => new(path, path, null, null, refused: false);

    public static ModelOffer Stored(string path, ServedStoreVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);

        return new ModelOffer(version.Describe(), path, version, null, refused: false);
    }

    public static ModelOffer Missing(string origin, string problem) =>
        new(origin, null, null, problem, refused: false);

    public static ModelOffer Refused(string origin, string problem) =>
        new(origin, null, null, problem, refused: true);
}
