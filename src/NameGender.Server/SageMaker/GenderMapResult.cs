using System.Buffers;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using NameGender.Core.Predictions;

namespace NameGender.Server.SageMaker;

/// <summary>
/// The original service's answer: one key per distinct name as sent (trimmed), first occurrence
/// first, valued "F", "M" or "U". Written straight to a buffer with Utf8JsonWriter and sent with a
/// Content-Length: this is the hot path of the one-name benchmark.
/// </summary>
internal sealed class GenderMapResult
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Names are user text: accents and other scripts stay readable, as in every other answer.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Prediction[] _predictions;

    public GenderMapResult(Prediction[] predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);

        _predictions = predictions;
    }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    public static string Letter(Gender gender) => gender switch
    {
        Gender.Female => "F",
        Gender.Male => "M",
        _ => "U",
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var buffer = new ArrayBufferWriter<byte>(64 + (_predictions.Length * 16));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            var seen = _predictions.Length > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            foreach (var prediction in _predictions)
            {
                if (seen is null || seen.Add(prediction.Input))
                {
                    writer.WriteString(prediction.Input, Letter(prediction.Gender));
                }
            }

            writer.WriteEndObject();
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Metadata.Add(new ProducesResponseTypeMetadata(
            StatusCodes.Status200OK, typeof(Dictionary<string, string>), ["application/json"]));
    }
}
