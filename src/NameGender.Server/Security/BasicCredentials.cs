using System.Text;

namespace NameGender.Server.Security;

/// <summary>Reads an HTTP Basic Authorization header (RFC 7617): base64 of user:password in UTF-8.</summary>
internal static class BasicCredentials
{
    private const string Prefix = "Basic ";

    public static bool TryRead(string header, out string user, out string password)
    {
        user = password = string.Empty;
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var encoded = header.AsSpan(Prefix.Length).Trim();
        var bytes = new byte[(encoded.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64Chars(encoded, bytes, out var length))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // The user name cannot hold a colon; the password can.
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }
}
