using System;
using Microsoft.Extensions.Logging;

namespace MmpTyped.Delivery.Diagnostics;

/// <summary>
/// The client's log events (ids 1300–1399). They carry the schema, the app, statuses and vendor reasons, never a
/// credential: reasons are scrubbed of the route's credential before they get here.
/// </summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(1301, LogLevel.Debug, "Sending {SchemaId} to app '{AppId}', attempt {Attempt}")]
    public static partial void Sending(ILogger logger, string schemaId, string? appId, int attempt);

    [LoggerMessage(1302, LogLevel.Debug, "{SchemaId} to app '{AppId}': {Outcome} after {Attempts} attempt(s), status {Status}")]
    public static partial void Delivered(ILogger logger, string schemaId, string? appId, MmpDeliveryOutcome outcome, int attempts, int? status);

    [LoggerMessage(1303, LogLevel.Warning, "{SchemaId} refused before sending, nothing sent: {Errors}")]
    public static partial void Refused(ILogger logger, string schemaId, string errors);

    [LoggerMessage(1304, LogLevel.Warning, "{SchemaId} to app '{AppId}' rejected by the vendor with {Status}: {Reason}")]
    public static partial void Rejected(ILogger logger, string schemaId, string? appId, int? status, string? reason);

    [LoggerMessage(1305, LogLevel.Critical, "{SchemaId}: the vendor refused the credential or the app ({Status}: {Reason}). Check {Setting} and the app id; the route sends nothing until {PausedUntil:O}")]
    public static partial void ConfigurationError(ILogger logger, string schemaId, int? status, string? reason, string setting, DateTimeOffset pausedUntil);

    [LoggerMessage(1306, LogLevel.Error, "{SchemaId}: not sent, the route is paused after a configuration error until {PausedUntil:O}; check {Setting}")]
    public static partial void RoutePaused(ILogger logger, string schemaId, DateTimeOffset pausedUntil, string setting);

    [LoggerMessage(1307, LogLevel.Information, "{SchemaId} to app '{AppId}': attempt {Attempt} was {Outcome} ({Reason}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string schemaId, string? appId, int attempt, MmpDeliveryOutcome outcome, string? reason, TimeSpan delay);

    [LoggerMessage(1308, LogLevel.Error, "{SchemaId} to app '{AppId}': gave up as {Outcome} after {Attempts} attempt(s): {Reason}")]
    public static partial void GaveUp(ILogger logger, string schemaId, string? appId, MmpDeliveryOutcome outcome, int attempts, string? reason);

    // A warning the first time per vendor and reason, then at debug level: a vendor left unconfigured on purpose
    // would otherwise warn once per event.
    [LoggerMessage(EventId = 1309, Message = "{SchemaId} of a multi-vendor event skipped, nothing sent or stored for it: {Reason}")]
    public static partial void VendorSkipped(ILogger logger, LogLevel level, string schemaId, string reason);

    [LoggerMessage(1310, LogLevel.Error, "{SchemaId} of a multi-vendor event failed, the other vendors go on: {Reason}")]
    public static partial void VendorFailed(ILogger logger, string schemaId, string reason);
}
