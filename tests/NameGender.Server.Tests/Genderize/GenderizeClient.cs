using System.Text.Json;

namespace NameGender.Server.Tests.Genderize;

/// <summary>
/// Calls a genderize.io-style API the way its client libraries do: GET on the base URL with
/// name[] parameters (and country_id), insisting on an application/json answer, reading "error"
/// from a refusal.
/// </summary>
public sealed class GenderizeClient(HttpClient http, Uri baseUrl)
{
    public async Task<List<JsonElement>> GetAsync(IEnumerable<string> names, string? countryId = null)
    {
        var query = names.Select(n => "name[]=" + Uri.EscapeDataString(n)).ToList();
        if (countryId is not null)
        {
            query.Add("country_id=" + Uri.EscapeDataString(countryId));
        }

        using var response = await http.GetAsync(new Uri(baseUrl, "?" + string.Join('&', query)));
        var contentType = response.Content.Headers.ContentType?.ToString() ?? string.Empty;
        if (!contentType.Contains("application/json", StringComparison.Ordinal))
        {
            throw new GenderizeException($"server responded with {(int)response.StatusCode}: not JSON");
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (!response.IsSuccessStatusCode)
        {
            throw new GenderizeException(document.RootElement.GetProperty("error").GetString()!);
        }

        var root = document.RootElement.Clone();
        return root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
    }
}
