using System.Globalization;

namespace NameGender.Feedback.Records;

/// <summary>
/// What a feedback record may hold, checked the same way for the API, the form and CSV imports.
/// Lengths count characters as people see them (text elements: "é" is one whether it is stored as
/// one code point or as e plus a combining accent), not code points or UTF-16 units.
/// </summary>
public static class FeedbackRules
{
    public const int MaxNameLength = 100;

    public const int MaxTextLength = 5_000;

    public const int MinRating = 1;

    public const int MaxRating = 5;

    private const string CountedAs = "(characters as people see them: an accented letter counts once)";

    /// <summary>The problem with a name field, or null when it is fine; <paramref name="field"/> names it.</summary>
    public static string? CheckName(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var length = new StringInfo(value).LengthInTextElements;
        if (length > MaxNameLength)
        {
            return Invariant(
                $"{field} is {length} characters long; at most {MaxNameLength} are allowed {CountedAs}");
        }

        return HasNul(value) ? $"{field} contains a NUL character" : null;
    }

    /// <summary>The problem with a feedback text, or null when it is fine.</summary>
    public static string? CheckText(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{field} is empty; the feedback needs a text";
        }

        var length = new StringInfo(value).LengthInTextElements;
        if (length > MaxTextLength)
        {
            return Invariant(
                $"{field} is {length} characters long; at most {MaxTextLength:N0} are allowed {CountedAs}");
        }

        return HasNul(value) ? $"{field} contains a NUL character" : null;
    }

    /// <summary>The problem with a rating, or null when it is absent or within 1-5.</summary>
    public static string? CheckRating(string field, int? rating) =>
        rating is < MinRating or > MaxRating
            ? Invariant($"{field} must be a whole number from {MinRating} to {MaxRating}; found {rating}")
            : null;

    // PostgreSQL text cannot hold U+0000, and no person types one: refused alike for both stores.
    private static bool HasNul(string value) => value.Contains('\0', StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
