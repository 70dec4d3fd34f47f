using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NameGender.Server.Security;

/// <summary>
/// Sorts a request by the endpoint routing chose for it, by the endpoint's route pattern. What is
/// not listed is protected: a new route, a static file or an unmatched path needs credentials until
/// someone decides otherwise here.
/// </summary>
internal static class RouteClassifier
{
    private static readonly HashSet<string> PredictionRoutes = new(StringComparer.OrdinalIgnoreCase)
    {
        "invocations", "api/v1/gender", "api/v1/model", "genderize", "metrics",
    };

    private static readonly string[] DocumentationPrefixes = ["openapi/", "scalar"];

    public static RouteAccess Classify(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.RoutePattern.RawText is not { } raw)
        {
            return RouteAccess.Protected;
        }

        var pattern = raw.Trim('/');
        if (string.Equals(pattern, "ping", StringComparison.OrdinalIgnoreCase))
        {
            return RouteAccess.Public;
        }

        return PredictionRoutes.Contains(pattern)
            || DocumentationPrefixes.Any(p => pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            ? RouteAccess.Predictions
            : RouteAccess.Protected;
    }
}
