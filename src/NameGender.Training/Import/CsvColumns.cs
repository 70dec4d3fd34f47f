namespace NameGender.Training.Import;

/// <summary>
/// Where the columns of a labelled CSV are, found from its header row by name (any case, extra
/// columns ignored). A header that lacks a required column is always fatal.
/// </summary>
internal sealed class CsvColumns
{
    private const string ColumnsExpected =
        "columns name and sex (or gender), optionally count (or births), year or decade, and country";

    private CsvColumns(IReadOnlyList<string> header)
    {
        Header = header;
    }

    public IReadOnlyList<string> Header { get; }

    public int Name { get; private init; }

    public int Sex { get; private init; }

    /// <summary>The count column, or -1 when rows are labels.</summary>
    public int Count { get; private init; } = -1;

    /// <summary>The year column, or -1.</summary>
    public int Year { get; private init; } = -1;

    /// <summary>The decade column, or -1.</summary>
    public int Decade { get; private init; } = -1;

    /// <summary>The country column (ISO 3166-1 alpha-2 codes), or -1.</summary>
    public int Country { get; private init; } = -1;

    public FieldNames FieldNames =>
        new(Header[Name], Header[Sex], Count < 0 ? "count" : Header[Count]);

    public static CsvColumns Find(IReadOnlyList<string> header, RecordPosition position)
    {
        var name = Single(header, position, "name");
        var sex = Single(header, position, "sex", "gender");
        if (name < 0 || sex < 0)
        {
            throw MissingColumns(header, position, name < 0 ? "name" : "sex");
        }

        var year = Single(header, position, "year");
        var decade = Single(header, position, "decade");
        if (year >= 0 && decade >= 0)
        {
            throw new ImportException(position.File, position.Line,
                $"{position}: the header has both a year and a decade column; expected one of them")
            {
                Field = "decade",
            };
        }

        return new CsvColumns(header)
        {
            Name = name,
            Sex = sex,
            Count = Single(header, position, "count", "births"),
            Year = year,
            Decade = decade,
            Country = Single(header, position, "country"),
        };
    }

    private static int Single(
        IReadOnlyList<string> header, RecordPosition position, params ReadOnlySpan<string> aliases)
    {
        var found = new List<int>();
        for (var index = 0; index < header.Count; index++)
        {
            foreach (var alias in aliases)
            {
                if (header[index].Trim().Equals(alias, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(index);
                }
            }
        }

        if (found.Count > 1)
        {
            var names = string.Join(", ", found.Select(index => $"'{header[index]}'"));
            var wanted = string.Join(" or ", aliases);
            throw new ImportException(position.File, position.Line,
                $"{position}: the header has {names}; expected one column for {wanted}")
            {
                Field = aliases[0],
            };
        }

        return found.Count == 1 ? found[0] : -1;
    }

    private static ImportException MissingColumns(
        IReadOnlyList<string> header, RecordPosition position, string missing)
    {
        var found = string.Join(", ", header.Select(column => $"'{column}'"));
        var message = LooksLikeYobLine(header)
            ? $"{position}: no header row; the line looks like SSA yobYYYY.txt data "
                + "(Name,Sex,Count), whose year comes from the file name: name the file "
                + "yobYYYY.txt, or add a header row such as name,sex,count,year to read it as a "
                + $"generic CSV; found {found}"
            : $"{position}: the header has no '{missing}' column; expected {ColumnsExpected}; "
                + $"found {found}";

        return new ImportException(position.File, position.Line, message) { Field = missing };
    }

    private static bool LooksLikeYobLine(IReadOnlyList<string> fields) =>
        fields.Count == 3
        && FieldRules.ReadSex(fields[1]) is SexReading.Female or SexReading.Male
        && FieldRules.TryReadCount(fields[2], out _);
}
