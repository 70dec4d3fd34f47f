using System.Text.Json;
using NameGender.Core.Data;
using NameGender.Server.Predictions;

namespace NameGender.Server.SageMaker;

/// <summary>
/// Reads the JSON forms of an invocation: {"name": "…"}, {"names": […]}, a bare array of names or a
/// bare name, each object optionally with "born": "1950-1969" and "country": "IT". Every element is one input, blank
/// ones included (they are answered unknown); names are trimmed.
/// </summary>
internal static class JsonNameReader
{
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 8 };

    public static ParsedNames Read(ReadOnlyMemory<byte> body)
    {
        var names = new List<NameInput>();
        var error = ReadDocument(SkipByteOrderMark(body), names, where: "The body");
        return error is null ? ParsedNames.Of(names) : ParsedNames.Fail(error);
    }

    /// <summary>
    /// Adds the names of one JSON document to <paramref name="names"/>; returns an error or null.
    /// </summary>
    public static string? ReadDocument(ReadOnlyMemory<byte> json, List<NameInput> names, string where)
    {
        ArgumentNullException.ThrowIfNull(names);

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, Strict);
            return ReadElement(document.RootElement, names, where);
        }
        catch (JsonException e)
        {
            return $"{where} is not valid JSON: {e.Message}";
        }
    }

    private static string? ReadElement(JsonElement root, List<NameInput> names, string where)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.String:
                names.Add(new NameInput(root.GetString()!.Trim(), null));
                return null;
            case JsonValueKind.Array:
                return ReadArray(root, null, null, names, where);
            case JsonValueKind.Object:
                return ReadObject(root, names, where);
            default:
                return $"{where} is a JSON {Kind(root)}; " +
                    "expected {\"name\": …}, {\"names\": […]} or an array of names.";
        }
    }

    private static string? ReadObject(JsonElement root, List<NameInput> names, string where)
    {
        YearPeriod? born = null;
        if (root.TryGetProperty("born", out var bornElement) && bornElement.ValueKind != JsonValueKind.Null)
        {
            if (bornElement.ValueKind != JsonValueKind.String)
            {
                return $"{where}: \"born\" is a JSON {Kind(bornElement)}; " +
                    "expected a range such as \"1950-1969\".";
            }

            if (!YearPeriod.TryParse(bornElement.GetString(), out var period, out var bornError))
            {
                return $"{where}: \"born\": {bornError}";
            }

            born = period;
        }

        string? country = null;
        if (root.TryGetProperty("country", out var countryElement) && countryElement.ValueKind != JsonValueKind.Null)
        {
            if (countryElement.ValueKind != JsonValueKind.String
                || !CountryCode.TryNormalize(countryElement.GetString(), out var code))
            {
                return $"{where}: \"country\": expected {CountryCode.Expected}; found {countryElement.GetRawText()}";
            }

            country = code;
        }

        var hasName = root.TryGetProperty("name", out var name);
        var hasNames = root.TryGetProperty("names", out var list);
        if (hasName == hasNames)
        {
            return $"{where} is an object with {(hasName ? "both" : "neither")} \"name\" and \"names\"; " +
                "give exactly one.";
        }

        if (hasNames)
        {
            return list.ValueKind == JsonValueKind.Array
                ? ReadArray(list, born, country, names, where)
                : $"{where}: \"names\" is a JSON {Kind(list)}; expected an array of names.";
        }

        if (name.ValueKind != JsonValueKind.String)
        {
            return $"{where}: \"name\" is a JSON {Kind(name)}; expected a string.";
        }

        names.Add(new NameInput(name.GetString()!.Trim(), born, country));
        return null;
    }

    private static string? ReadArray(
        JsonElement array, YearPeriod? born, string? country, List<NameInput> names, string where)
    {
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                return $"{where}: element {index} of the names is a JSON {Kind(element)}; expected a string.";
            }

            names.Add(new NameInput(element.GetString()!.Trim(), born, country));
            index++;
        }

        return null;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    internal static ReadOnlyMemory<byte> SkipByteOrderMark(ReadOnlyMemory<byte> body) =>
        body.Span.StartsWith("\uFEFF"u8) ? body[3..] : body;
}
