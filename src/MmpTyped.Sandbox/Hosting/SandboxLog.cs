using Microsoft.Extensions.Logging;

namespace MmpTyped.Sandbox.Hosting;

/// <summary>The sandbox's log messages. None carries a header or a query string, so no key can reach a log.</summary>
internal static partial class SandboxLog
{
    public const string Category = "MmpTyped.Sandbox";

    [LoggerMessage(EventId = 1, EventName = "Listening", Level = LogLevel.Information, Message = "Sandbox listening on {Address}")]
    public static partial void Listening(ILogger logger, string address);

    [LoggerMessage(EventId = 2, EventName = "RequestHandled", Level = LogLevel.Information, Message = "{Vendor} {Outcome} {Status} {Reason}")]
    public static partial void RequestHandled(ILogger logger, string vendor, string outcome, int status, string? reason);

    [LoggerMessage(EventId = 3, EventName = "FaultInjected", Level = LogLevel.Information, Message = "Fault for {Vendor}: status {Status}, count {Count}, delay {DelayMs} ms, reset {Reset}")]
    public static partial void FaultInjected(ILogger logger, string vendor, int? status, int count, int delayMs, bool reset);

    [LoggerMessage(EventId = 4, EventName = "HandlerFailed", Level = LogLevel.Error, Message = "{Vendor}: the sandbox failed while handling a request ({ExceptionType}: {ExceptionMessage})")]
    public static partial void HandlerFailed(ILogger logger, string vendor, string exceptionType, string exceptionMessage);
}
