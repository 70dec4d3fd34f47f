namespace NameGender.Cli.Commands;

/// <summary>
/// Short names for the two compared models in legends and headings: file stems or NAME@VERSION.
/// </summary>
internal static class CompareLabels
{
    public static IReadOnlyList<string> Of(string first, string second)
    {
        var (a, b) = (Short(first), Short(second));
        return a == b ? [$"{a} (1)", $"{b} (2)"] : [a, b];
    }

    private static string Short(string model) =>
        model.Contains('@', StringComparison.Ordinal) ? model : Path.GetFileNameWithoutExtension(model);
}
