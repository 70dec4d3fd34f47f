namespace NameGender.Server.SageMaker;

/// <summary>The body formats /invocations reads.</summary>
internal enum InvocationFormat
{
    /// <summary>text/csv: names separated by commas or line breaks, RFC 4180 quotes.</summary>
    Csv,

    /// <summary>application/json: {"name": …}, {"names": […]} or an array of names.</summary>
    Json,

    /// <summary>application/jsonlines: one JSON object (or name) per line.</summary>
    JsonLines,
}
