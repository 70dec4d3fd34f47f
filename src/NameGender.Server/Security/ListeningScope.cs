using System.Net;

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

    public static bool IsValidHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out _);
}
