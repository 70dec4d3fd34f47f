using System.Text.Json;
using NameGender.Core.Predictions;
using NameGender.Feedback.Records;
using NameGender.Server.Requests;

namespace NameGender.Server.Feedback;

/// <summary>
/// Reads a PATCH body, where a field that is absent stays as it is and a field set to null is
/// cleared: first_name, last_name, rating, and gender (female, male or unknown to correct it by
/// hand; null to let Identify Gender predict it again). feedback can change but not be cleared.
/// </summary>
internal static class FeedbackPatchReader
{
    public const string Example = """{"gender": "female"}""";

    public static (FeedbackChange? Change, string? Error) Read(ReadOnlyMemory<byte> json)
    {
        var (document, notAnObject) = JsonBodyReader.ParseObject(json, Example);
        if (notAnObject is not null)
        {
            return (null, notAnObject);
        }

        using (document)
        {
            var change = new FeedbackChange();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document!.RootElement.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    return (null, $"The field \"{property.Name}\" is given twice; give it once.");
                }

                var (next, error) = Apply(change, property);
                if (error is not null)
                {
                    return (null, error);
                }

                change = next!;
            }

            return change.IsEmpty
                ? (null, $"The body changes nothing; send the fields to change, e.g. {Example}.")
                : (change, null);
        }
    }

    private static (FeedbackChange? Change, string? Error) Apply(FeedbackChange change, JsonProperty property)
    {
        var value = property.Value;
        var isNull = value.ValueKind == JsonValueKind.Null;
        switch (property.Name)
        {
            case "first_name" when isNull || value.ValueKind == JsonValueKind.String:
                var first = isNull ? null : value.GetString();
                return Checked(change with { HasFirstName = true, FirstName = first }, FeedbackRules.CheckName("first_name", first));
            case "last_name" when isNull || value.ValueKind == JsonValueKind.String:
                var last = isNull ? null : value.GetString();
                return Checked(change with { HasLastName = true, LastName = last }, FeedbackRules.CheckName("last_name", last));
            case "feedback" when value.ValueKind == JsonValueKind.String:
                var text = value.GetString();
                return Checked(change with { Text = text }, FeedbackRules.CheckText("feedback", text));
            case "rating" when isNull:
                return (change with { HasRating = true, Rating = null }, null);
            case "rating" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var rating):
                return Checked(change with { HasRating = true, Rating = rating }, FeedbackRules.CheckRating("rating", rating));
            case "gender" when isNull:
                return (change with { HasManualGender = true, ManualGender = null }, null);
            case "gender" when value.ValueKind == JsonValueKind.String && ParseGender(value.GetString()) is { } gender:
                return (change with { HasManualGender = true, ManualGender = gender }, null);
            case "first_name" or "last_name" or "feedback" or "rating" or "gender":
                return (null, $"{property.Name} must be {Expected(property.Name)}; found {value.GetRawText()}.");
            default:
                return (null, $"\"{property.Name}\" cannot be changed; send first_name, last_name, feedback, rating or gender.");
        }
    }

    private static (FeedbackChange? Change, string? Error) Checked(FeedbackChange change, string? error) =>
        error is null ? (change, null) : (null, error);

    private static Gender? ParseGender(string? text) => text switch
    {
        "female" => Gender.Female,
        "male" => Gender.Male,
        "unknown" => Gender.Unknown,
        _ => null,
    };

    private static string Expected(string field) => field switch
    {
        "rating" => "a whole number from 1 to 5, or null",
        "gender" => "\"female\", \"male\", \"unknown\", or null to predict it again",
        "feedback" => "a string of 1 to 5,000 characters",
        _ => "a string or null",
    };
}
