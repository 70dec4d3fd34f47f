using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NameGender.Server.Tests.Fixtures;

/// <summary>Request builders and answer readers the tests share.</summary>
public static class Http
{
    public static Uri Route(string path) => new(path, UriKind.Relative);

    /// <summary>A body of exactly these bytes, with exactly this Content-Type header (or none).</summary>
    public static ByteArrayContent Body(byte[] bytes, string? contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    public static ByteArrayContent Body(string text, string? contentType) =>
        Body(Encoding.UTF8.GetBytes(text), contentType);

    public static Task<HttpResponseMessage> InvokeAsync(
        this HttpClient client, string body, string? contentType = "text/csv") =>
        client.PostAsync(Route("/invocations"), Body(body, contentType));

    public static async Task<HttpResponseMessage> InvokeVerboseAsync(
        this HttpClient client, string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Route("/invocations"));
        request.Content = Body(body, contentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")
        {
            Parameters = { new NameValueHeaderValue("verbose", "true") },
        });
        return await client.SendAsync(request);
    }

    /// <summary>The answer's JSON object as ordered (key, value) pairs: order and duplicates show.</summary>
    public static async Task<List<KeyValuePair<string, string>>> ReadMapAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!))
            .ToList();
    }

    /// <summary>The "detail" of a problem answer.</summary>
    public static async Task<string> ReadDetailAsync(this HttpResponseMessage response) =>
        (await response.ReadJsonAsync()).GetProperty("detail").GetString()!;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
