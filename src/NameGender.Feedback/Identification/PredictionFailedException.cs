namespace NameGender.Feedback.Identification;

/// <summary>
/// The predictor failed on a record, before anything was written: every record is as it was.
/// </summary>
public sealed class PredictionFailedException : Exception
{
    public PredictionFailedException()
    {
    }

    public PredictionFailedException(string message)
        : base(message)
    {
    }

    public PredictionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
