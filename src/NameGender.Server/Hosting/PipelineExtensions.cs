using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NameGender.Server.Observability;
using NameGender.Server.Security;

namespace NameGender.Server.Hosting;

/// <summary>The middleware, in order: errors as problem details, routing, request metrics, access control.</summary>
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
        app.UseRouting();
        app.UseNameGenderRequestMetrics();
        app.UseNameGenderAccess();
        return app;
    }
}
