using System.Globalization;

namespace NameGender.Feedback.Csv;

/// <summary>
/// Finds the columns of a header: the mapped name when one is given (an error if the header lacks
/// it), else the first header that reads like one of the usual names. Headers compare ignoring case,
/// spaces, underscores and hyphens, so "First Name", first_name and FIRST-NAME are one. A header
/// that names a column twice, or a mapping that gives one column two fields, is refused: which
/// column a field reads from must never be a guess.
/// </summary>
internal static class HeaderMatcher
{
    private static readonly string[] FirstNames = ["firstname", "first", "givenname", "forename", "fname", "name"];
    private static readonly string[] LastNames = ["lastname", "last", "surname", "familyname", "lname"];
    private static readonly string[] Texts = ["feedback", "text", "comment", "comments", "message", "review", "body"];
    private static readonly string[] Ratings = ["rating", "score", "stars", "rate"];
    private static readonly string[] PostedTimes =
        ["postedat", "posted", "date", "createdat", "created", "submittedat", "submitted", "timestamp", "time"];

    private static readonly string[] Countries = ["country", "countrycode", "countryid"];

    public static (int? FirstName, int? LastName, int Text, int? Rating, int? PostedAt, int? Country) Match(
        IReadOnlyList<string> header, ColumnMapping mapping)
    {
        var keys = header.Select(Key).ToArray();
        RefuseDuplicates(header, keys);

        // Mapped columns first, so a column named for one field is never guessed for another.
        var fields = new (string Field, string? Mapped, string[] Usual)[]
        {
            ("first_name", mapping.FirstName, FirstNames), ("last_name", mapping.LastName, LastNames),
            ("text", mapping.Text, Texts), ("rating", mapping.Rating, Ratings),
            ("posted_at", mapping.PostedAt, PostedTimes), ("country", mapping.Country, Countries),
        };
        var taken = new Dictionary<int, string>();
        var found = new int?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Mapped is { } mapped)
            {
                found[i] = FindMapped(header, keys, mapped, fields[i].Field, taken);
            }
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Mapped is null)
            {
                found[i] = FindUsual(keys, fields[i].Usual, taken, fields[i].Field);
            }
        }

        var text = found[2] ?? throw new CsvImportException(
            "No column holds the feedback text: name it with text=COLUMN. The header has: " + List(header) + ".");
        return (found[0], found[1], text, found[3], found[4], found[5]);
    }

    private static void RefuseDuplicates(IReadOnlyList<string> header, string[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var again = Array.IndexOf(keys, keys[i], i + 1);
            if (keys[i].Length > 0 && again > 0)
            {
                throw new CsvImportException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The header names one column twice: '{header[i]}' (column {i + 1}) and '{header[again]}' "
                    + $"(column {again + 1}); give each column its own name."));
            }
        }
    }

    private static int FindMapped(
        IReadOnlyList<string> header, string[] keys, string mapped, string field, Dictionary<int, string> taken)
    {
        var index = Array.IndexOf(keys, Key(mapped));
        if (index < 0)
        {
            throw new CsvImportException(
                $"{field}={mapped}: the file has no column '{mapped}'. The header has: {List(header)}.");
        }

        if (taken.TryGetValue(index, out var other))
        {
            throw new CsvImportException(
                $"{other}= and {field}= both name the column '{header[index]}'; a column fills one field.");
        }

        taken.Add(index, field);
        return index;
    }

    private static int? FindUsual(string[] keys, string[] usual, Dictionary<int, string> taken, string field)
    {
        foreach (var name in usual)
        {
            var index = Array.IndexOf(keys, name);
            if (index >= 0 && taken.TryAdd(index, field))
            {
                return index;
            }
        }

        return null;
    }

    private static string List(IReadOnlyList<string> header) => string.Join(", ", header.Select(h => $"'{h}'"));

    private static string Key(string header) =>
        new(header.Trim().ToLower(CultureInfo.InvariantCulture)
            .Where(c => c is not (' ' or '_' or '-' or '.')).ToArray());
}
