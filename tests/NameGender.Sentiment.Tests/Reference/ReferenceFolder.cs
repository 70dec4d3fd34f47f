namespace NameGender.Sentiment.Tests.Reference;

/// <summary>
/// Where the reference scorer lives in the work tree: this folder's script, sentences and the
/// npm-installed <c>vader-sentiment</c> package, found from the test's output folder.
/// </summary>
internal static class ReferenceFolder
{
    public static string Path { get; } = Find();

    public static string Script => System.IO.Path.Combine(Path, "score.js");

    public static string Sentences => System.IO.Path.Combine(Path, "sentences.txt");

    public static string Package => System.IO.Path.Combine(Path, "node_modules", "vader-sentiment");

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "NameGender.sln")))
        {
            folder = folder.Parent;
        }

        return folder is not null
            ? System.IO.Path.Combine(folder.FullName, "tests", "NameGender.Sentiment.Tests", "Reference")
            : throw new InvalidOperationException($"No NameGender.sln above {AppContext.BaseDirectory}");
    }
}
