using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NameGender.Server.Security;

/// <summary>
/// Checks the two kinds of credentials the server accepts: an X-Api-Key header (scripts) and HTTP
/// Basic authentication (browsers ask for it themselves and send it with every later request from
/// the page). Secrets are compared in constant time. A refusal is a 401 problem with the Basic
/// challenge, so a browser opening the page shows its sign-in dialog.
/// </summary>
internal sealed partial class CredentialsHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "NameGender";

    public const string ApiKeyHeader = "X-Api-Key";

    private readonly AccessOptions _access;

    public CredentialsHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        IOptions<ServerOptions> server)
        : base(options, logger, encoder)
    {
        ArgumentNullException.ThrowIfNull(server);

        _access = server.Value.Access;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.TryGetValue(ApiKeyHeader, out var key))
        {
            return Task.FromResult(
                _access.ApiKey is { Length: > 0 } expected && SecretEquals(key.ToString(), expected)
                    ? Success("api-key")
                    : Refuse("the API key is not the one configured"));
        }

        if (BasicCredentials.TryRead(Request.Headers.Authorization.ToString(), out var user, out var password))
        {
            var known = _access.User is { Length: > 0 } expectedUser && _access.Password is { } expectedPassword
                && SecretEquals(user, expectedUser) & SecretEquals(password, expectedPassword);
            return Task.FromResult(known ? Success(user) : Refuse("the user name or password is wrong"));
        }

        return Task.FromResult(AuthenticateResult.NoResult());
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"NameGender\", charset=\"UTF-8\"";
        await Results.Problem(
            title: "Credentials required",
            detail: $"Send the API key in the {ApiKeyHeader} header, or sign in with the configured user and password.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

    // Hashing first makes both sides the same length, so the comparison's time says nothing about either.
    private static bool SecretEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static AuthenticateResult Success(string name)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private AuthenticateResult Refuse(string reason)
    {
        LogRefused(Logger, Request.Path, reason);
        return AuthenticateResult.Fail(reason);
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Refused credentials for {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason);
}
