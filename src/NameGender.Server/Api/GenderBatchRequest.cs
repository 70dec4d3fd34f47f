using NameGender.Server.Requests;

namespace NameGender.Server.Api;

/// <summary>The body of POST /api/v1/gender.</summary>
/// <param name="Names">The names, first or full, in the order the answers should come back.</param>
/// <param name="Born">Optional birth years for every name, e.g. "1950-1969", "1955" or "1950s".</param>
/// <param name="Country">Optional ISO 3166-1 alpha-2 country of every name, e.g. "IT".</param>
internal sealed record GenderBatchRequest(IReadOnlyList<string?>? Names, string? Born, string? Country = null)
{
    public static JsonBodyShape Shape { get; } = new(
        """{"names": ["Tom", "Allie"]}""",
        new Dictionary<string, string>
        {
            ["names"] = "an array of names as strings, e.g. [\"Tom\", \"Allie\"]",
            ["born"] = "a string of birth years, e.g. \"1950-1969\", \"1955\" or \"1950s\"",
            ["country"] = "a string holding an ISO 3166-1 alpha-2 country code, e.g. \"IT\"",
        });
}
