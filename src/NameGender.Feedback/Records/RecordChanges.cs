namespace NameGender.Feedback.Records;

/// <summary>Applies a <see cref="FeedbackChange"/> to a record, with what a change makes stale.</summary>
public static class RecordChanges
{
    public static FeedbackRecord Apply(FeedbackRecord record, FeedbackChange change, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(change);

        var firstName = change.HasFirstName ? change.FirstName : record.FirstName;
        var text = change.Text ?? record.Text;

        // A predicted gender belongs to the name it was predicted for; a manual one was a person's call.
        var gender = record.Gender;
        if (!string.Equals(firstName, record.FirstName, StringComparison.Ordinal)
            && gender is { Source: not GenderSource.Manual })
        {
            gender = null;
        }

        if (change.HasManualGender)
        {
            gender = change.ManualGender is { } corrected ? GenderReading.Manual(corrected, at) : null;
        }

        var sentiment = string.Equals(text, record.Text, StringComparison.Ordinal) ? record.Sentiment : null;

        return record with
        {
            FirstName = firstName,
            LastName = change.HasLastName ? change.LastName : record.LastName,
            Text = text,
            Rating = change.HasRating ? change.Rating : record.Rating,
            Gender = gender,
            Sentiment = sentiment,
        };
    }
}
