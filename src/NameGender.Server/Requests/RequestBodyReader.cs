using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace NameGender.Server.Requests;

/// <summary>Reads a request body into memory, refusing more than the configured size.</summary>
internal static class RequestBodyReader
{
    public static async Task<RequestBody> ReadAsync(
        HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (request.ContentLength > limit)
        {
            return RequestBody.Over;
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.End);
                    return RequestBody.Over;
                }

                // Only completion ends the body. A read can come back canceled while Kestrel begins a
                // graceful shutdown (GracefulShutdownTests caught it): that is not the end, and
                // taking it for one would answer half the names sent.
                if (read.IsCompleted)
                {
                    var bytes = buffer.ToArray();
                    reader.AdvanceTo(buffer.End);
                    return new RequestBody(bytes, TooLarge: false);
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit, set to the same size, caught a chunked body first.
            return RequestBody.Over;
        }
    }
}
