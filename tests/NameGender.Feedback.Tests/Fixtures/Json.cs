using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace NameGender.Feedback.Tests.Fixtures;

/// <summary>Request and answer helpers for the API tests.</summary>
public static class Json
{
    public static Uri Route(string path) => new(path, UriKind.Relative);

    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(Route(path), body);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(Route(path), Body(json));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(Route(path));
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }
}
