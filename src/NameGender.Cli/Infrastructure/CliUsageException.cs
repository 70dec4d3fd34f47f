namespace NameGender.Cli.Infrastructure;

/// <summary>A mistake in how a command was called, reported as one line without a stack trace.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException()
    {
    }

    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
