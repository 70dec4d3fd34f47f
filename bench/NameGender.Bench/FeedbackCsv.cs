using System.Globalization;
using System.Text;
using NameGender.Feedback.Records;

namespace NameGender.Bench;

/// <summary>Feedback as the CSV a company would import, with the API's column names, every cell quoted.</summary>
internal static class FeedbackCsv
{
    public static string Of(IEnumerable<NewFeedback> records)
    {
        var csv = new StringBuilder("first_name,last_name,feedback,rating,posted_at\n");
        foreach (var item in records)
        {
            csv.Append(Quote(item.FirstName)).Append(',')
                .Append(Quote(item.LastName)).Append(',')
                .Append(Quote(item.Text)).Append(',')
                .Append(item.Rating?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(item.PostedAt.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        }

        return csv.ToString();
    }

    private static string Quote(string? value) =>
        "\"" + (value ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
