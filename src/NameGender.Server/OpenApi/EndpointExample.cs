namespace NameGender.Server.OpenApi;

/// <summary>An example body of a route, kept in its metadata until the OpenAPI document is written.</summary>
/// <param name="IsRequest">True for the request body, false for the 200 answer.</param>
/// <param name="ContentType">The media type the example is written in.</param>
/// <param name="Text">JSON for JSON media types, else the body as text.</param>
internal sealed record EndpointExample(bool IsRequest, string ContentType, string Text);
