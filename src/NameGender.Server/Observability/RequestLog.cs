using Microsoft.Extensions.Logging;

namespace NameGender.Server.Observability;

/// <summary>
/// Per-request log lines, at debug level: a line for every request would cost more than the
/// request itself on the one-name hot path. Turn them on with Server:LogLevel=Debug (serve --verbose).
/// </summary>
internal sealed partial class RequestLog(ILogger<RequestLog> logger)
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug,
        Message = "{Route} answered {Names} names from a {Format} body of {Bytes} bytes")]
    public partial void Answered(string route, int names, SageMaker.InvocationFormat format, int bytes);

    [LoggerMessage(EventId = 201, Level = LogLevel.Debug,
        Message = "{Route} refused a request with {Status}: {Detail}")]
    public partial void Refused(string route, int status, string? detail);
}
