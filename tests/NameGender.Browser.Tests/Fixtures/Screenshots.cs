namespace NameGender.Browser.Tests.Fixtures;

/// <summary>Where the tests keep their screenshots: artifacts/screenshots beside the test assembly (ignored by git).</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public static string PathOf(string name)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, name + ".png");
    }
}
