using System.Globalization;

namespace NameGender.Feedback.Csv;

/// <summary>
/// Finds the columns of a header: the mapped name when one is given (an error if the header lacks
/// it), else the first header that reads like one of the usual names. Headers compare ignoring case,
/// spaces, underscores and hyphens, so "First Name", first_name and FIRST-NAME are one.
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
        var text = Find(header, keys, mapping.Text, Texts, "text")
            ?? throw new CsvImportException(
                "No column holds the feedback text: name it with text=COLUMN. The header has: "
                + string.Join(", ", header.Select(h => $"'{h}'")) + ".");
        return (
            Find(header, keys, mapping.FirstName, FirstNames, "first_name"),
            Find(header, keys, mapping.LastName, LastNames, "last_name"),
            text,
            Find(header, keys, mapping.Rating, Ratings, "rating"),
            Find(header, keys, mapping.PostedAt, PostedTimes, "posted_at"),
            Find(header, keys, mapping.Country, Countries, "country"));
    }

    private static int? Find(
        IReadOnlyList<string> header, string[] keys, string? mapped, string[] usual, string field)
    {
        if (mapped is not null)
        {
            var wanted = Key(mapped);
            var index = Array.IndexOf(keys, wanted);
            return index >= 0
                ? index
                : throw new CsvImportException(
                    $"{field}={mapped}: the file has no column '{mapped}'. The header has: "
                    + string.Join(", ", header.Select(h => $"'{h}'")) + ".");
        }

        foreach (var name in usual)
        {
            var index = Array.IndexOf(keys, name);
            if (index >= 0)
            {
                return index;
            }
        }

        return null;
    }

    private static string Key(string header) =>
        new(header.Trim().ToLower(CultureInfo.InvariantCulture)
            .Where(c => c is not (' ' or '_' or '-' or '.')).ToArray());
}
