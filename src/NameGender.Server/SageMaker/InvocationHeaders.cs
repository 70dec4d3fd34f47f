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
    /// original clients sent; a charset other than UTF-8 (or its ASCII subset) is refused.
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
        if (semicolon >= 0 && !IsUtf8Charset(text[(semicolon + 1)..]))
        {
            return false;
        }

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

    private static bool IsUtf8Charset(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (!parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var charset = parameter["charset=".Length..].Trim().Trim('"');
            return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }
}
