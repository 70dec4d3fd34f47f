namespace NameGender.Server.SageMaker;

/// <summary>
/// Reads the two headers that steer /invocations, by hand: they are short and parsed on every
/// request, and MediaTypeHeaderValue allocates several objects for each.
/// </summary>
internal static class InvocationHeaders
{
    public const string AcceptedTypes = "text/csv, application/json, application/jsonlines";

    /// <summary>SageMaker passes this header through from InvokeEndpoint's CustomAttributes.</summary>
    public const string CustomAttributes = "X-Amzn-SageMaker-Custom-Attributes";

    /// <summary>
    /// The body format a Content-Type names. A request without one is read as CSV, what the
    /// original clients sent. The charset is <see cref="Requests.BodyCharset"/>'s to check.
    /// </summary>
    public static bool TryGetFormat(string? contentType, out InvocationFormat format)
    {
        format = InvocationFormat.Csv;
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var text = contentType.AsSpan();
        var semicolon = text.IndexOf(';');
        var mediaType = (semicolon < 0 ? text : text[..semicolon]).Trim();
        if (mediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            format = InvocationFormat.Csv;
            return true;
        }

        if (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            format = InvocationFormat.Json;
            return true;
        }

        if (mediaType.Equals("application/jsonlines", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/x-jsonlines", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/jsonl", StringComparison.OrdinalIgnoreCase))
        {
            format = InvocationFormat.JsonLines;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the caller asked for full prediction records: a verbose=true parameter on any media
    /// range of Accept (application/json; verbose=true), or verbose=true among the custom attributes.
    /// </summary>
    public static bool WantsRecords(string? accept, string? customAttributes) =>
        HasVerboseParameter(accept, ',', ';') || HasVerboseParameter(customAttributes, ',', ',');

    private static bool HasVerboseParameter(string? header, char rangeSeparator, char parameterSeparator)
    {
        if (string.IsNullOrEmpty(header) || !header.Contains("verbose", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var range in header.Split(rangeSeparator))
        {
            foreach (var parameter in range.Split(parameterSeparator))
            {
                var equals = parameter.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    continue;
                }

                var name = parameter.AsSpan(0, equals).Trim();
                var value = parameter.AsSpan(equals + 1).Trim().Trim('"');
                if (name.Equals("verbose", StringComparison.OrdinalIgnoreCase)
                    && value.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
