namespace NameGender.Feedback.Csv;

/// <summary>The file cannot be imported at all: no header, or a mapped column it does not have.</summary>
public sealed class CsvImportException : Exception
{
    public CsvImportException()
    {
    }

    public CsvImportException(string message)
        : base(message)
    {
    }

    public CsvImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
