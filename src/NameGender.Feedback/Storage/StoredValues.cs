using NameGender.Core.Predictions;
using NameGender.Feedback.Records;
using NameGender.Sentiment;

namespace NameGender.Feedback.Storage;

/// <summary>
/// How enum values are spelled in the database: the API's own spellings (female, lookup, POSITIVE),
/// so a row reads the same in SQL as in JSON and CSV. The schema's CHECK constraints list the same.
/// </summary>
public static class StoredValues
{
    public static string Of(Gender gender) => gender switch
    {
        Gender.Female => "female",
        Gender.Male => "male",
        Gender.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, "Not a gender."),
    };

    public static string Of(GenderSource source) => source switch
    {
        GenderSource.Lookup => "lookup",
        GenderSource.Model => "model",
        GenderSource.None => "none",
        GenderSource.Manual => "manual",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not a gender source."),
    };

    public static string Of(SentimentLabel label) => label switch
    {
        SentimentLabel.Positive => "POSITIVE",
        SentimentLabel.Negative => "NEGATIVE",
        SentimentLabel.Neutral => "NEUTRAL",
        SentimentLabel.Mixed => "MIXED",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a sentiment label."),
    };

    public static Gender ParseGender(string text) => text switch
    {
        "female" => Gender.Female,
        "male" => Gender.Male,
        "unknown" => Gender.Unknown,
        _ => throw new FormatException($"The database holds the gender '{text}', which is not one this version knows."),
    };

    public static GenderSource ParseSource(string text) => text switch
    {
        "lookup" => GenderSource.Lookup,
        "model" => GenderSource.Model,
        "none" => GenderSource.None,
        "manual" => GenderSource.Manual,
        _ => throw new FormatException($"The database holds the gender source '{text}', which is not one this version knows."),
    };

    public static SentimentLabel ParseSentiment(string text) => text switch
    {
        "POSITIVE" => SentimentLabel.Positive,
        "NEGATIVE" => SentimentLabel.Negative,
        "NEUTRAL" => SentimentLabel.Neutral,
        "MIXED" => SentimentLabel.Mixed,
        _ => throw new FormatException($"The database holds the sentiment '{text}', which is not one this version knows."),
    };

    public static GenderSource SourceOf(PredictionSource source) => source switch
    {
        PredictionSource.Lookup => GenderSource.Lookup,
        PredictionSource.Model => GenderSource.Model,
        _ => GenderSource.None,
    };
}
