using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using NameGender.Core.Models;
using NameGender.Server.Observability;
using NameGender.Server.OpenApi;

namespace NameGender.Server.Hosting;

/// <summary>Services of the HTTP surface: problem details, JSON conventions, the OpenAPI document.</summary>
internal static class ApiServiceExtensions
{
    public static IServiceCollection AddNameGenderApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(JsonConventions.Apply);
        services.AddSingleton<RequestLog>();
        services.AddOpenApi(openApi =>
        {
            openApi.AddOperationTransformer<ExampleTransformer>();
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "NameGender",
                    Version = "v1",
                    Description = "P(female | first name) from US Social Security birth records. "
                        + ModelManifest.Disclaimer,
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
