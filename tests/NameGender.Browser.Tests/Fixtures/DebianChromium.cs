namespace NameGender.Browser.Tests.Fixtures;

/// <summary>
/// Debian's Chromium, which the tests drive instead of a browser Playwright would download. Without
/// it the tests skip, unless NAMEGENDER_REQUIRE_BROWSER=1 (as in CI) makes them run and fail.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string RequireVariable = "NAMEGENDER_REQUIRE_BROWSER";

    /// <summary>Headless, and quiet on a machine without network: no background calls home.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string? SkipReason =>
        File.Exists(ExecutablePath) || Environment.GetEnvironmentVariable(RequireVariable) == "1"
            ? null
            : $"{ExecutablePath} is missing, so the browser tests are skipped: apt-get install chromium "
                + $"(or set {RequireVariable}=1 to make its absence a failure).";
}
