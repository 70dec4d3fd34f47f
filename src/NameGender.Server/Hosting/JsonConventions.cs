using Microsoft.AspNetCore.Http.Json;
using NameGender.Core.Serialization;

namespace NameGender.Server.Hosting;

/// <summary>
/// Makes the framework's JSON (typed results, OpenAPI schemas) follow <see cref="NameGenderJson"/>.
/// </summary>
internal static class JsonConventions
{
    public static void Apply(JsonOptions json)
    {
        ArgumentNullException.ThrowIfNull(json);

        var conventions = NameGenderJson.Options;
        var options = json.SerializerOptions;
        options.PropertyNamingPolicy = conventions.PropertyNamingPolicy;
        options.DictionaryKeyPolicy = conventions.DictionaryKeyPolicy;
        options.DefaultIgnoreCondition = conventions.DefaultIgnoreCondition;
        options.NumberHandling = conventions.NumberHandling;
        options.Encoder = conventions.Encoder;
        options.PropertyNameCaseInsensitive = conventions.PropertyNameCaseInsensitive;
        foreach (var converter in conventions.Converters)
        {
            options.Converters.Add(converter);
        }
    }
}
