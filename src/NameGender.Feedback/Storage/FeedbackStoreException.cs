namespace NameGender.Feedback.Storage;

/// <summary>The database cannot be used as it is: a schema newer than this version knows, say.</summary>
public sealed class FeedbackStoreException : Exception
{
    public FeedbackStoreException()
    {
    }

    public FeedbackStoreException(string message)
        : base(message)
    {
    }

    public FeedbackStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
