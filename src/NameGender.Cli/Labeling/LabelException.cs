namespace NameGender.Cli.Labeling;

/// <summary>
/// A mistake in what <c>namegender label</c> was given (a missing file or column, a clash of column
/// names, an unknown encoding): reported as one line without a stack trace, exit code 1.
/// </summary>
internal sealed class LabelException : Exception
{
    public LabelException()
    {
    }

    public LabelException(string message)
        : base(message)
    {
    }

    public LabelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
