using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace NameGender.Server.Observability;

/// <summary>
/// The routes for operators and developers: metrics, the OpenAPI document, the API reference.
/// </summary>
internal static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapNameGenderOperations(this IEndpointRouteBuilder app)
    {
        app.MapNameGenderMetrics();
        app.MapOpenApi();
        app.MapScalarApiReference(scalar => scalar.WithTitle("NameGender API"));
        return app;
    }
}
