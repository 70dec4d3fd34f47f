using System.Globalization;
using CsvHelper;
using NameGender.Feedback.Records;
using NameGender.Feedback.Storage;

namespace NameGender.Feedback.Csv;

/// <summary>
/// Writes records as CSV with the API's field names and times in ISO 8601 UTC. A text cell that a
/// spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR) gets a leading
/// apostrophe, as OWASP advises against CSV injection; the importer takes it off again
/// (<see cref="SpreadsheetEscaping"/>). Streams: memory does not grow with the file.
/// </summary>
public static class FeedbackCsvWriter
{
    private static readonly string[] Header =
    [
        "id", "first_name", "last_name", "feedback", "rating", "posted_at",
        "gender", "p_female", "gender_source", "gender_model", "gender_set_at",
        "sentiment", "sentiment_positive", "sentiment_negative", "sentiment_neutral", "sentiment_mixed",
        "sentiment_set_at", "country",
    ];

    public static async Task<int> WriteAsync(
        IAsyncEnumerable<FeedbackRecord> records, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(writer);

        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteHeader(Header);
        var count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            WriteRecord(csv, record);
            await csv.EndRecordAsync(cancellationToken);
            count++;
        }

        await csv.FlushAsync(cancellationToken);
        return count;
    }

    private static void WriteRecord(CsvWriter csv, FeedbackRecord record)
    {
        csv.WriteField(record.Id.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(record.FirstName);
        csv.WriteField(record.LastName);
        csv.WriteField(record.Text);
        csv.WriteField(record.Rating?.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(Time(record.PostedAt));

        var gender = record.Gender;
        csv.WriteField(gender is null ? null : StoredValues.Of(gender.Gender));
        csv.WriteField(Number(gender?.PFemale));
        csv.WriteField(gender is null ? null : StoredValues.Of(gender.Source));
        csv.WriteField(gender?.ModelVersion);
        csv.WriteField(Time(gender?.SetAt));

        var sentiment = record.Sentiment;
        csv.WriteField(sentiment is null ? null : StoredValues.Of(sentiment.Label));
        csv.WriteField(Number(sentiment?.Scores.Positive));
        csv.WriteField(Number(sentiment?.Scores.Negative));
        csv.WriteField(Number(sentiment?.Scores.Neutral));
        csv.WriteField(Number(sentiment?.Scores.Mixed));
        csv.WriteField(Time(sentiment?.SetAt));
        csv.WriteField(record.Country);
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
