namespace NameGender.Server.Security;

/// <summary>
/// Who may use the server: the "Server:Access" section (NAMEGENDER_SERVER__ACCESS__*). With an API
/// key or a user and password configured, the feedback app and every route but the health check
/// need them; bound to an address other than loopback, the server refuses to start without them.
/// </summary>
public sealed class AccessOptions
{
    /// <summary>The shortest API key accepted: about 96 bits of randomness as hex or base64.</summary>
    public const int MinApiKeyLength = 16;

    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 12;

    /// <summary>A key that scripts send in the X-Api-Key header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A user name for HTTP Basic authentication, which browsers ask for themselves.</summary>
    public string? User { get; set; }

    /// <summary>The password of <see cref="User"/>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Keep the prediction routes (/invocations, /api/v1/gender, /api/v1/model, /genderize) and the
    /// read-only operations routes (/metrics, the OpenAPI document and reference) open to anyone
    /// who reaches the server, while the feedback app still asks for credentials.
    /// </summary>
    public bool OpenPredictions { get; set; }

    /// <summary>True when credentials are configured, so protected routes ask for them.</summary>
    public bool HasCredentials => !string.IsNullOrEmpty(ApiKey) || !string.IsNullOrEmpty(User);
}
