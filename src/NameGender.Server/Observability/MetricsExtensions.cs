using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Prometheus;

namespace NameGender.Server.Observability;

/// <summary>
/// Prometheus metrics in a registry of the app's own (not prometheus-net's static default), so two
/// servers in one process, as in the tests, count apart.
/// </summary>
internal static class MetricsExtensions
{
    public static IServiceCollection AddNameGenderMetrics(this IServiceCollection services)
    {
        var registry = Metrics.NewCustomRegistry();
        DotNetStats.Register(registry);
        services.AddSingleton(registry);
        services.AddSingleton<ServerMetrics>();
        return services;
    }

    /// <summary>Requests by route and status, and their latency histogram.</summary>
    public static IApplicationBuilder UseNameGenderRequestMetrics(this IApplicationBuilder app)
    {
        var registry = app.ApplicationServices.GetRequiredService<CollectorRegistry>();
        return app.UseHttpMetrics(http => http.SetMetricFactory(Metrics.WithCustomRegistry(registry)));
    }

    public static IEndpointConventionBuilder MapNameGenderMetrics(this IEndpointRouteBuilder app)
    {
        var registry = app.ServiceProvider.GetRequiredService<CollectorRegistry>();
        return app.MapMetrics("/metrics", registry);
    }
}
