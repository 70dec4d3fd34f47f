using NameGender.Core.Predictions;

namespace NameGender.Feedback.Records;

/// <summary>
/// A partial update of one record: only the parts marked as given change. A new first name drops a
/// predicted gender (it was the old name's), a new text drops the sentiment; a manual gender stays.
/// </summary>
public sealed record FeedbackChange
{
    public bool HasFirstName { get; init; }

    public string? FirstName { get; init; }

    public bool HasLastName { get; init; }

    public string? LastName { get; init; }

    public string? Text { get; init; }

    public bool HasRating { get; init; }

    public int? Rating { get; init; }

    /// <summary>True when the change sets or clears the manual gender.</summary>
    public bool HasManualGender { get; init; }

    /// <summary>The corrected gender; null clears a manual gender so Identify Gender may predict again.</summary>
    public Gender? ManualGender { get; init; }

    public bool IsEmpty => !HasFirstName && !HasLastName && Text is null && !HasRating && !HasManualGender;
}
