using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NameGender.Server.Feedback;

/// <summary>
/// The feedback page at /: three files embedded in the assembly (wwwroot/), served with an ETag
/// and a Content-Security-Policy that allows only this server's own script and style, so even a
/// slip in escaping could not run injected script.
/// </summary>
internal static class FeedbackPage
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapFeedbackPage(this IEndpointRouteBuilder app)
    {
        Map(app, "/", "index.html", "text/html; charset=utf-8", "FeedbackPage");
        Map(app, "/feedback.js", "feedback.js", "text/javascript; charset=utf-8", "FeedbackScript");
        Map(app, "/feedback.css", "feedback.css", "text/css; charset=utf-8", "FeedbackStyle");
        return app;
    }

    /// <summary>Without the feedback app, / keeps pointing at the API reference.</summary>
    public static IEndpointRouteBuilder MapApiReferenceHome(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Redirect("/scalar")).ExcludeFromDescription();
        return app;
    }

    private static void Map(IEndpointRouteBuilder app, string route, string file, string contentType, string name)
    {
        var content = Read(file);
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(content))[..16] + "\"";
        app.MapGet(route, (HttpContext context) =>
            {
                var headers = context.Response.Headers;
                headers.ETag = etag;
                headers.CacheControl = "no-cache";
                headers.XContentTypeOptions = "nosniff";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers["Referrer-Policy"] = "no-referrer";
                return context.Request.Headers.IfNoneMatch == etag
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Bytes(content, contentType);
            })
            .WithName(name)
            .ExcludeFromDescription();
    }

    private static byte[] Read(string file)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("NameGender.Server.wwwroot." + file)
            ?? throw new InvalidOperationException($"The page file {file} is not embedded in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
