using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NameGender.Core.Serialization;
using NameGender.Server.SageMaker;

namespace NameGender.Server.Requests;

/// <summary>
/// Reads every JSON request body the same way, with errors a person can act on: the size limit,
/// strict UTF-8, the line of a syntax error, and a field named with what it takes when it is
/// unknown (a typo like "bron" is a 400, never ignored), given twice, or of the wrong kind. No
/// answer mentions a .NET type.
/// </summary>
internal static class JsonBodyReader
{
    private const int LongestShownValue = 40;

    /// <summary>The body's bytes, BOM skipped, or the problem; an empty body is empty bytes.</summary>
    public static async Task<(ReadOnlyMemory<byte> Json, ProblemHttpResult? Problem)> ReadBytesAsync(
        HttpContext context, long limit)
    {
        ArgumentNullException.ThrowIfNull(context);

        var request = context.Request;
        if (request.ContentType is { } type && !request.HasJsonContentType())
        {
            return (default, Problems.UnsupportedMediaType(type, "application/json"));
        }

        if (BodyCharset.NotUtf8(request.ContentType) is { } charset)
        {
            return (default, Problems.CharsetNotUtf8(charset));
        }

        var body = await RequestBodyReader.ReadAsync(request, limit, context.RequestAborted);
        if (body.TooLarge)
        {
            return (default, Problems.TooLarge(limit));
        }

        if (Utf8Body.Validate(body.Bytes) is { } notUtf8)
        {
            return (default, Problems.UnreadableBody(notUtf8));
        }

        return (JsonNameReader.SkipByteOrderMark(body.Bytes), null);
    }

    /// <summary>The body as <typeparamref name="T"/>; <paramref name="empty"/> for an empty body, if given.</summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(
        HttpContext context, long limit, JsonBodyShape shape, T? empty = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(shape);

        var (json, problem) = await ReadBytesAsync(context, limit);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return empty is not null
                ? (empty, null)
                : (null, Problems.UnreadableBody($"The body is empty; send a JSON object such as {shape.Example}."));
        }

        var (document, error) = ParseObject(json, shape.Example);
        if (error is not null)
        {
            return (null, Problems.UnreadableBody(error));
        }

        using (document)
        {
            var root = document!.RootElement;
            if (CheckFieldNames(root, shape) is { } badName)
            {
                return (null, Problems.InvalidField(badName.Field, badName.Error));
            }

            try
            {
                return (root.Deserialize<T>(NameGenderJson.Options)!, null);
            }
            catch (JsonException e)
            {
                var name = TopField(e.Path);
                return (null, Problems.InvalidField(name, WrongValue(root, name, e.Path, shape)));
            }
        }
    }

    /// <summary>The body as a JSON object, or what is wrong with it in words.</summary>
    public static (JsonDocument? Document, string? Error) ParseObject(ReadOnlyMemory<byte> json, string example)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            // The reader counts lines and bytes from 0.
            return (null, $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); "
                + $"send a JSON object such as {example}.");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            return (null, $"The body is {Describe(kind)}; send a JSON object such as {example}.");
        }

        return (document, null);
    }

    /// <summary>A field the body does not take, or one given twice, and why; null when every name is fine.</summary>
    private static (string Field, string Error)? CheckFieldNames(JsonElement root, JsonBodyShape shape)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!shape.Fields.ContainsKey(property.Name))
            {
                return (property.Name, $"Unknown field \"{property.Name}\"; the body takes {shape.FieldList}.");
            }

            if (!seen.Add(property.Name))
            {
                return (property.Name, $"The field \"{property.Name}\" is given twice; give it once.");
            }
        }

        return null;
    }

    private static string WrongValue(JsonElement root, string field, string? path, JsonBodyShape shape)
    {
        var takes = shape.Fields.TryGetValue(field, out var what) ? what : "another value";
        var found = root.TryGetProperty(field, out var value) ? Shown(value) : "something else";
        var at = path is { } p && p != "$." + field ? $" (at {p})" : string.Empty;
        return $"{field} must be {takes}; found {found}{at}.";
    }

    // The serializer's path is $.field, $.field[2] or $['odd name']; the field is the first step.
    private static string TopField(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return path ?? "$";
        }

        var rest = path[2..];
        var end = rest.IndexOfAny(['.', '[']);
        return end < 0 ? rest : rest[..end];
    }

    private static string Shown(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= LongestShownValue ? raw : raw[..LongestShownValue] + "…";
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "not an object",
    };
}
