using System.Net;
using Microsoft.AspNetCore.Http;

namespace NameGender.Server.Security;

/// <summary>Whether the server listens beyond this machine: on anything but a loopback address.</summary>
internal static class ListeningScope
{
    /// <summary>True when every address the options name is loopback (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopbackOnly(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (string.IsNullOrWhiteSpace(options.Urls))
        {
            return IsLoopback(options.Host);
        }

        var separate = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        return options.Urls.Split(';', separate).All(url =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsLoopback(uri.Host.Trim('[', ']')));
    }

    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    /// <summary>The first of the semicolon-separated URLs Kestrel could not listen on; null when all are fine.</summary>
    public static string? FirstInvalidUrl(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);

        var separate = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        return urls.Split(';', separate).FirstOrDefault(url => !IsValidUrl(url));
    }

    public static bool IsValidHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out _);

    // Kestrel's own parser, so http://*:8080 and http://+:80 pass as they would when listening.
    private static bool IsValidUrl(string url)
    {
        try
        {
            BindingAddress.Parse(url);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
