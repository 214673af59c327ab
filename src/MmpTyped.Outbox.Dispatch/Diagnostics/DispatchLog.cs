using System;
using Microsoft.Extensions.Logging;

namespace MmpTyped.Outbox.Dispatch.Diagnostics;

/// <summary>The dispatcher's log events (1401–1409). Bodies, keys and tokens are never logged.</summary>
internal static partial class DispatchLog
{
    [LoggerMessage(1401, LogLevel.Information, "Outbox dispatcher {Owner} started: batches of {BatchSize}, leases of {LeaseDuration}")]
    public static partial void Started(ILogger logger, string owner, int batchSize, TimeSpan leaseDuration);

    [LoggerMessage(1402, LogLevel.Information, "Outbox dispatcher {Owner} stopped; {Released} leased rows released unsent")]
    public static partial void Stopped(ILogger logger, string owner, int released);

    [LoggerMessage(1403, LogLevel.Warning, "Outbox row {Id} ({SchemaId}) rescheduled for {NextAttemptAt:O} after attempt {Attempts}: {Outcome} {Reason}")]
    public static partial void Rescheduled(ILogger logger, long id, string schemaId, DateTimeOffset nextAttemptAt, int attempts, string outcome, string? reason);

    [LoggerMessage(1404, LogLevel.Error, "Outbox row {Id} ({SchemaId}) is dead after {Attempts} attempts: {Outcome} {Reason}")]
    public static partial void Dead(ILogger logger, long id, string schemaId, int attempts, string outcome, string reason);

    [LoggerMessage(1405, LogLevel.Critical, "Outbox route {Vendor}/{Route} paused: {Reason}. Fix the setting, then resume it (IOutboxStore.ResumeRouteAsync)")]
    public static partial void RoutePaused(ILogger logger, string vendor, string? route, string reason);

    [LoggerMessage(1406, LogLevel.Warning, "Outbox row {Id}: the lease passed to another dispatcher before its outcome {Outcome} was written; left as it is")]
    public static partial void LeaseLost(ILogger logger, long id, string outcome);

    [LoggerMessage(1407, LogLevel.Error, "Outbox dispatcher {Owner}: a store operation failed; trying again after {Delay}")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string owner, TimeSpan delay);

    [LoggerMessage(1408, LogLevel.Information, "Outbox: {Count} delivered rows older than {CompletedBefore:O} deleted")]
    public static partial void Cleaned(ILogger logger, int count, DateTimeOffset completedBefore);

    [LoggerMessage(1409, LogLevel.Error, "Outbox row {Id} ({SchemaId}): sending failed unexpectedly; rescheduled")]
    public static partial void SendFailed(ILogger logger, Exception exception, long id, string schemaId);
}
