namespace NameGender.Store;

/// <summary>
/// Where the store and the download cache live when nobody says: under the user's data and cache
/// folders, never inside a checkout (its models/ folder holds the bundled model only).
/// </summary>
public static class ModelStoreDefaults
{
    /// <summary>Overrides <see cref="StoreLocation"/> when set: a folder or s3://bucket/prefix.</summary>
    public const string StoreVariable = "NAMEGENDER_STORE";

    /// <summary>Overrides <see cref="CacheFolder"/> when set.</summary>
    public const string CacheVariable = "NAMEGENDER_CACHE";

    /// <summary>
    /// $NAMEGENDER_STORE, else namegender/models in the user's data folder (~/.local/share on Linux).
    /// </summary>
    public static string StoreLocation =>
        NonBlank(Environment.GetEnvironmentVariable(StoreVariable))
        ?? Path.Combine(
            Environment.GetFolderPath(
                Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "namegender",
            "models");

    /// <summary>
    /// $NAMEGENDER_CACHE, else namegender/models in $XDG_CACHE_HOME or ~/.cache (the local data
    /// folder on Windows).
    /// </summary>
    public static string CacheFolder =>
        NonBlank(Environment.GetEnvironmentVariable(CacheVariable))
        ?? Path.Combine(UserCacheFolder(), "namegender", "models");

    private static string UserCacheFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }

        return NonBlank(Environment.GetEnvironmentVariable("XDG_CACHE_HOME"))
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
