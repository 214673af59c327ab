using System;
using Microsoft.Extensions.Logging;

namespace MmpTyped.AspNetCore.Logging;

/// <summary>The receiver's log events (ids 1500–1599). No event carries the token or the message's content.</summary>
internal static partial class ReceiverLog
{
    [LoggerMessage(1500, LogLevel.Debug, "Push API message stored as inbox row {RowId} ({Method}, {Version}).")]
    public static partial void Stored(ILogger logger, long rowId, string method, string version);

    [LoggerMessage(1501, LogLevel.Information, "Push API message already stored as inbox row {RowId} ({Method}): answered 200, stored once.")]
    public static partial void Duplicate(ILogger logger, long rowId, string method);

    [LoggerMessage(1502, LogLevel.Warning, "Push API message stored quarantined as inbox row {RowId} ({Method}): {ParseError}")]
    public static partial void Quarantined(ILogger logger, long rowId, string method, string parseError);

    [LoggerMessage(1503, LogLevel.Warning, "Push API request refused with 401: the {TokenHeader} header is missing or does not hold the Push API token ({Method}).")]
    public static partial void TokenRefused(ILogger logger, string tokenHeader, string method);

    [LoggerMessage(1504, LogLevel.Warning, "Push API request from {RemoteAddress} refused with 403: not in the allowed source ranges.")]
    public static partial void SourceRefused(ILogger logger, string remoteAddress);

    [LoggerMessage(1505, LogLevel.Warning, "Push API {Method} request refused with 413: over {MaxBytes} bytes.")]
    public static partial void TooLarge(ILogger logger, string method, int maxBytes);

    [LoggerMessage(1506, LogLevel.Error, "Push API {Method} message not stored, answered 503: the inbox store failed.")]
    public static partial void StoreFailed(ILogger logger, string method, Exception error);

    [LoggerMessage(1520, LogLevel.Debug, "Inbox row {RowId} handled.")]
    public static partial void Handled(ILogger logger, long rowId);

    [LoggerMessage(1521, LogLevel.Warning, "Inbox row {RowId}: the handler failed on attempt {Attempt}; tried again at {NextAttemptAt}.")]
    public static partial void HandlerFailed(ILogger logger, long rowId, int attempt, DateTimeOffset nextAttemptAt, Exception error);

    [LoggerMessage(1522, LogLevel.Error, "Inbox row {RowId} dead-lettered after {Attempts} attempts: {Reason}")]
    public static partial void DeadLettered(ILogger logger, long rowId, int attempts, string reason);

    [LoggerMessage(1523, LogLevel.Information, "Inbox row {RowId} dropped: the non-retargeting copy of a retargeting event.")]
    public static partial void DuplicateDropped(ILogger logger, long rowId);

    [LoggerMessage(1524, LogLevel.Error, "The inbox worker could not reach the store; it tries again after {Delay}.")]
    public static partial void WorkerStoreFailed(ILogger logger, TimeSpan delay, Exception error);
}
