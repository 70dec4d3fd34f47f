namespace NameGender.Training.Tests.BundledData;

/// <summary>Paths of the files the repository ships, found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Snapshot => Path.Combine(Root, "data", "ssa-national-decades.csv.gz");

    public static string DefaultModel => Path.Combine(Root, "models", "default.ngmodel");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NameGender.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No NameGender.sln above {AppContext.BaseDirectory}");
    }
}
