using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace NameGender.Server.OpenApi;

/// <summary>
/// Describe a route's bodies for the OpenAPI document; <see cref="ExampleTransformer"/> writes them in.
/// </summary>
internal static class ExampleExtensions
{
    /// <summary>
    /// Documents a <typeparamref name="T"/> request body without naming content types: with them,
    /// routing itself would refuse other types with a bare 415, and the handlers answer that
    /// themselves with a problem naming the accepted types.
    /// </summary>
    public static RouteHandlerBuilder DocumentsBody<T>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new AcceptsMetadata([], typeof(T)));

    public static RouteHandlerBuilder WithRequestExample(
        this RouteHandlerBuilder builder, string contentType, string text) =>
        builder.WithMetadata(new EndpointExample(IsRequest: true, contentType, text));

    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json) =>
        builder.WithRequestExample("application/json", json);

    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder builder, string json) =>
        builder.WithMetadata(new EndpointExample(IsRequest: false, "application/json", json));
}
