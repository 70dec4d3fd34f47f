namespace NameGender.Training.Import;

/// <summary>How messages name a file or folder: by its last path segment.</summary>
internal static class DisplayName
{
    public static string Of(string path)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        return name.Length == 0 ? path : name;
    }
}
