namespace NameGender.Server.Tests.Genderize;

/// <summary>A refusal as a genderize.io client reports it: the server's "error" text.</summary>
public sealed class GenderizeException : Exception
{
    public GenderizeException()
    {
    }

    public GenderizeException(string message)
        : base(message)
    {
    }

    public GenderizeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
