namespace NameGender.Cli.Labeling;

/// <summary>The header row of the input, and the columns the options name in it.</summary>
internal sealed class InputHeader
{
    private readonly string _file;

    public InputHeader(IReadOnlyList<string> names, string file)
    {
        ArgumentNullException.ThrowIfNull(names);

        Names = names;
        _file = file;
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>
    /// The index of the column called <paramref name="column"/>: the exact name, else the one name
    /// that matches it ignoring case and surrounding spaces. Throws, listing the columns, otherwise.
    /// </summary>
    public int IndexOf(string column, string option)
    {
        ArgumentNullException.ThrowIfNull(column);

        var exact = Matching(name => string.Equals(name, column, StringComparison.Ordinal));
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var candidates = exact.Count > 1
            ? exact
            : Matching(name => string.Equals(name.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase));
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new LabelException(
                $"{_file} has no column '{column}' ({option}); its columns are: {Listed()}"),
            _ => throw new LabelException(
                $"{_file} has {candidates.Count} columns named '{column}' ({option}); rename all but one. "
                + $"Its columns are: {Listed()}"),
        };
    }

    private List<int> Matching(Func<string, bool> matches) =>
        [.. Enumerable.Range(0, Names.Count).Where(i => matches(Names[i]))];

    private string Listed() => string.Join(", ", Names.Select(n => $"'{n}'"));
}
