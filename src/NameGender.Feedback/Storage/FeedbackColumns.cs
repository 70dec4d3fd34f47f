using System.Data.Common;
using NameGender.Feedback.Records;
using NameGender.Sentiment;

namespace NameGender.Feedback.Storage;

/// <summary>The feedback table's columns in one fixed order, and a record read from them.</summary>
internal static class FeedbackColumns
{
    public const string All =
        "id, first_name, last_name, feedback, rating, posted_at, " +
        "gender, p_female, gender_source, gender_model, gender_set_at, " +
        "sentiment, sentiment_positive, sentiment_negative, sentiment_neutral, sentiment_mixed, sentiment_set_at, " +
        "country";

    public static FeedbackRecord Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        GenderReading? gender = null;
        if (!reader.IsDBNull(6))
        {
            gender = new GenderReading(
                StoredValues.ParseGender(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetDouble(7),
                StoredValues.ParseSource(reader.GetString(8)),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetFieldValue<DateTimeOffset>(10));
        }

        SentimentReading? sentiment = null;
        if (!reader.IsDBNull(11))
        {
            var scores = new SentimentScores(
                reader.GetDouble(12), reader.GetDouble(13), reader.GetDouble(14), reader.GetDouble(15));
            sentiment = new SentimentReading(
                StoredValues.ParseSentiment(reader.GetString(11)), scores, reader.GetFieldValue<DateTimeOffset>(16));
        }

        return new FeedbackRecord(
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetInt32(4),
            reader.GetFieldValue<DateTimeOffset>(5),
            gender,
            sentiment)
        {
            Country = reader.IsDBNull(17) ? null : reader.GetString(17),
        };
    }
}
