using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NameGender.Core.Serialization;
using NameGender.Server.Requests;
using NameGender.Server.SageMaker;

namespace NameGender.Server.Feedback;

/// <summary>
/// Reads a JSON request body with errors a person can act on: the size limit, strict UTF-8, and a
/// field the API does not know named rather than ignored (a typo like "firstname" is a 400).
/// </summary>
internal static class FeedbackJson
{
    private static readonly JsonSerializerOptions Strict = new(NameGenderJson.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

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
        HttpContext context, long limit, T? empty, string example)
        where T : class
    {
        var (json, problem) = await ReadBytesAsync(context, limit);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return empty is not null
                ? (empty, null)
                : (null, Problems.UnreadableBody($"The body is empty; send a JSON object such as {example}."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(json.Span, Strict);
            return value is null
                ? (null, Problems.UnreadableBody($"The body is null; send a JSON object such as {example}."))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.UnreadableBody($"The body is not the expected JSON ({e.Message}); send e.g. {example}."));
        }
    }
}
