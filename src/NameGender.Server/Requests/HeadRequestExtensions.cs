using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NameGender.Server.Requests;

/// <summary>
/// Answers HEAD as GET without the body (RFC 9110 §9.3.2), for every GET route at once: load
/// balancers and uptime checks probe /ping and / with HEAD. Kestrel remembers the method the
/// request line carried and sends no body for it, whatever the handler writes.
/// </summary>
internal static class HeadRequestExtensions
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
}
