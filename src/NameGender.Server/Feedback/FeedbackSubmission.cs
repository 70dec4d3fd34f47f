using NameGender.Server.Requests;

namespace NameGender.Server.Feedback;

/// <summary>The body of POST /api/v1/feedback.</summary>
/// <param name="FirstName">At most 100 characters; may be missing or blank (the gender is then unknown).</param>
/// <param name="LastName">At most 100 characters; optional.</param>
/// <param name="Feedback">The text, 1-5,000 characters.</param>
/// <param name="Rating">1-5; optional.</param>
/// <param name="PostedAt">When it was posted; now when missing.</param>
/// <param name="Country">The customer's ISO 3166-1 alpha-2 country; optional. Identify Gender predicts with it.</param>
internal sealed record FeedbackSubmission(
    string? FirstName, string? LastName, string? Feedback, int? Rating, DateTimeOffset? PostedAt, string? Country = null)
{
    public static JsonBodyShape Shape { get; } = new(
        """{"first_name": "Emily", "feedback": "Great!"}""",
        new Dictionary<string, string>
        {
            ["first_name"] = "a string of at most 100 characters, or null",
            ["last_name"] = "a string of at most 100 characters, or null",
            ["feedback"] = "a string of 1 to 5,000 characters",
            ["rating"] = "a whole number from 1 to 5, or null",
            ["posted_at"] = "a date and time as an ISO 8601 string, e.g. \"2026-03-01T14:30:00Z\", or null",
            ["country"] = "a string holding an ISO 3166-1 alpha-2 country code, e.g. \"IT\", or null",
        });
}
