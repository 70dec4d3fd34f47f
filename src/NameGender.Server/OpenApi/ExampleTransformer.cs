using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NameGender.Server.OpenApi;

/// <summary>Writes each route's <see cref="EndpointExample"/>s into its OpenAPI operation.</summary>
internal sealed class ExampleTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);

        foreach (var example in context.Description.ActionDescriptor.EndpointMetadata.OfType<EndpointExample>())
        {
            var content = example.IsRequest
                ? RequestContent(operation)
                : operation.Responses?.GetValueOrDefault("200")?.Content;
            if (content is null)
            {
                continue;
            }

            if (!content.TryGetValue(example.ContentType, out var media))
            {
                media = new OpenApiMediaType();
                content[example.ContentType] = media;
            }

            media.Example = example.ContentType == "application/json"
                ? JsonNode.Parse(example.Text)
                : JsonValue.Create(example.Text);
        }

        return Task.CompletedTask;
    }

    private static IDictionary<string, OpenApiMediaType>? RequestContent(OpenApiOperation operation)
    {
        operation.RequestBody ??= new OpenApiRequestBody { Required = true };
        if (operation.RequestBody is OpenApiRequestBody body)
        {
            body.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        }

        return operation.RequestBody.Content;
    }
}
