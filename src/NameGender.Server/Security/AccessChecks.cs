using System.Globalization;

namespace NameGender.Server.Security;

/// <summary>
/// The access rules checked when the server is built: credentials that are complete and long
/// enough, and credentials at all when the server listens beyond loopback and serves anything
/// that needs them (the feedback app, or predictions not declared open).
/// </summary>
internal static class AccessChecks
{
    public static IEnumerable<string> Check(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var access = options.Access;
        if (access.ApiKey is { Length: > 0 and < AccessOptions.MinApiKeyLength })
        {
            yield return Invariant(
                $"Server:Access:ApiKey must be at least {AccessOptions.MinApiKeyLength} characters long");
        }

        if (string.IsNullOrEmpty(access.User) != string.IsNullOrEmpty(access.Password))
        {
            yield return "Server:Access:User and Server:Access:Password go together; set both or neither";
        }
        else if (access.Password is { Length: > 0 and < AccessOptions.MinPasswordLength })
        {
            yield return Invariant(
                $"Server:Access:Password must be at least {AccessOptions.MinPasswordLength} characters long");
        }

        if (access.User is { } user && user.Contains(':', StringComparison.Ordinal))
        {
            yield return "Server:Access:User cannot contain ':' (HTTP Basic authentication separates user and password with it)";
        }

        // An invalid host or URL is reported by its own check; listening nowhere cannot expose anything.
        var hostKnown = string.IsNullOrWhiteSpace(options.Urls)
            ? ListeningScope.IsValidHost(options.Host)
            : ListeningScope.FirstInvalidUrl(options.Urls) is null;
        var needsCredentials = options.Feedback.Enabled || !access.OpenPredictions;
        if (hostKnown && needsCredentials && !access.HasCredentials && !ListeningScope.IsLoopbackOnly(options))
        {
            var address = string.IsNullOrWhiteSpace(options.Urls) ? options.Host : options.Urls;
            yield return $"the server would listen on {address}, beyond this machine, without credentials: set "
                + "Server:Access:ApiKey, or Server:Access:User and Server:Access:Password "
                + "(NAMEGENDER_SERVER__ACCESS__APIKEY, …; serve --api-key or --user/--password), "
                + "or listen on 127.0.0.1";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
