namespace NameGender.Cli.Labeling;

/// <summary>
/// The names of the columns the labeler appends: gender, p_female, source, reason, or with a
/// prefix P_gender, P_p_female, ... A name the input already has (ignoring case and surrounding
/// spaces, as spreadsheets and most CSV readers match them) is refused: the output never holds two
/// columns of one name, and never overwrites the user's.
/// </summary>
internal static class AddedColumns
{
    public static readonly IReadOnlyList<string> BaseNames = ["gender", "p_female", "source", "reason"];

    public static IReadOnlyList<string> For(IReadOnlyList<string> header, string? prefix, string file)
    {
        ArgumentNullException.ThrowIfNull(header);

        var names = prefix is null ? BaseNames : [.. BaseNames.Select(n => $"{prefix}_{n}")];
        var clash = names.FirstOrDefault(name => header.Any(column => SameName(column, name)));
        if (clash is null)
        {
            return names;
        }

        var existing = header.First(column => SameName(column, clash));
        throw new LabelException(prefix is null
            ? $"{file} already has a column '{existing}', which the labels would add; give their "
                + "columns a prefix with --prefix, e.g. --prefix ng for ng_gender, ng_p_female, ..."
            : $"{file} already has a column '{existing}', which the labels would add even with "
                + $"--prefix {prefix}; choose another prefix");
    }

    private static bool SameName(string column, string added) =>
        string.Equals(column.Trim(), added, StringComparison.OrdinalIgnoreCase);
}
