using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NameGender.Server.Observability;
using NameGender.Server.Requests;
using NameGender.Server.Security;

namespace NameGender.Server.Hosting;

/// <summary>
/// The middleware, in order: errors as problem details, HEAD as GET, routing, request metrics,
/// access control, a repeated query parameter refused.
/// </summary>
internal static class PipelineExtensions
{
    public static WebApplication UseNameGenderPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A malformed request that Kestrel or the framework rejects keeps its 4xx; only bugs are 500s.
            StatusCodeSelector = e =>
                e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseHeadAsGet();
        app.UseRouting();
        app.UseNameGenderRequestMetrics();
        app.UseNameGenderAccess();
        app.UseSingleValuedQuery();
        return app;
    }
}
