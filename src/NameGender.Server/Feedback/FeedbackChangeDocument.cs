namespace NameGender.Server.Feedback;

/// <summary>
/// The shape of a PATCH body, for the OpenAPI document only: <see cref="FeedbackPatchReader"/>
/// reads the body itself, since an absent field and a null one mean different things there.
/// </summary>
/// <param name="FirstName">A new first name, or null to clear it.</param>
/// <param name="LastName">A new last name, or null to clear it.</param>
/// <param name="Feedback">A new text.</param>
/// <param name="Rating">A new rating 1-5, or null to clear it.</param>
/// <param name="Gender">female, male or unknown set by hand; null hands it back to Identify Gender.</param>
internal sealed record FeedbackChangeDocument(
    string? FirstName, string? LastName, string? Feedback, int? Rating, string? Gender);
