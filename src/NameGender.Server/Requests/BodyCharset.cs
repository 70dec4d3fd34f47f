namespace NameGender.Server.Requests;

/// <summary>
/// The charset a Content-Type header declares. Every body is read as UTF-8, so any other charset
/// is refused rather than decoded wrongly; its ASCII subset is UTF-8 already.
/// </summary>
internal static class BodyCharset
{
    /// <summary>The declared charset when it is not UTF-8 (or US-ASCII); null when it is, or none is given.</summary>
    public static string? NotUtf8(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var trimmed = parameter.Trim();
            if (!trimmed.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var charset = trimmed["charset=".Length..].Trim().Trim('"');
            return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : charset;
        }

        return null;
    }
}
