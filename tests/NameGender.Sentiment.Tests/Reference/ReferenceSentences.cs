namespace NameGender.Sentiment.Tests.Reference;

/// <summary>
/// Reads sentences.txt with the rule score.js applies: one sentence a line, blank lines and lines
/// starting with '#' skipped.
/// </summary>
internal static class ReferenceSentences
{
    public static IReadOnlyList<string> Read(string path) =>
        File.ReadAllText(path)
            .Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
