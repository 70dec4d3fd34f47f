namespace NameGender.Feedback.Storage;

/// <summary>The predictions a record can be waiting for.</summary>
public enum PendingWork
{
    Gender,
    Sentiment,
}
