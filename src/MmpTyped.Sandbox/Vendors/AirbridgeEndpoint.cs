using System;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using MmpTyped.Airbridge;
using MmpTyped.Sandbox.Limits;

namespace MmpTyped.Sandbox.Vendors;

/// <summary>
/// Airbridge S2S events: in-app <c>POST /events/v1/apps/{app_name}/mobile-app/9360</c> and in-web
/// <c>POST /events/v1/apps/{app_name}/web/9320</c>, with <c>Authorization: Bearer &lt;API token&gt;</c>.
/// Airbridge documents 200, 400 (a bad request: timestamp, app name, ...) and 401 (a bad token), a quota of
/// 1,000 requests per minute, <c>eventUUID</c> as its de-duplication key, and that it does not process events
/// older than 24 hours, without an identifier (<c>user.externalUserID</c> or <c>device.deviceUUID</c>) or with a
/// <c>deviceUUID</c> but not its companions. It documents no bodies: the JSON bodies here are the sandbox's.
/// </summary>
internal sealed class AirbridgeEndpoint(string schemaId, string token, FixedWindowLimiter limiter, SandboxContext context)
    : VendorEndpoint(schemaId, token, limiter, context)
{
    private const string Json = "application/json";

    /// <summary>The fixed number at the end of the route (9360 in-app, 9320 in-web), which Airbridge repeats in its answer.</summary>
    private string EventKind => RoutePattern[(RoutePattern.LastIndexOf('/') + 1)..];

    public override VendorAnswer Handle(HttpContext http, byte[] body)
    {
        var refusal = ReadAndCheck(body, out var record, out var errors);
        if (refusal is not null)
            return Refuse(400, refusal);
        if (errors.Count > 0)
            return Accepted(SandboxOutcomes.Dropped, Reasons(errors));

        // A replay of an eventUUID this app already recorded is accepted and counted once. Without an
        // eventUUID Airbridge generates one, so such an event is never a duplicate.
        var eventUuid = record switch
        {
            AirbridgeAppEvent app => app.EventUUID,
            AirbridgeWebEvent web => web.EventUUID,
            _ => null,
        };
        var appName = http.Request.RouteValues["app_name"] as string;
        if (eventUuid is Guid uuid && !Context.Deduplicator.TryClaim($"{SchemaId}/{appName}/{uuid:D}"))
            return Accepted(SandboxOutcomes.Duplicate, $"eventUUID {uuid:D} was already recorded for app '{appName}': counted once.");
        return Accepted(SandboxOutcomes.Recorded, null);
    }

    public override VendorAnswer Throttled(TimeSpan retryAfter) =>
        // Airbridge documents the quota but not its answer: 429 with Retry-After is the sandbox's assumption.
        new(SandboxOutcomes.Throttled, 429, $"over the rate limit of {Limiter!.PermitsPerWindow} requests per minute.", Json,
            JsonMessage("error", "Too many requests: the limit is " + Limiter.PermitsPerWindow.ToString(CultureInfo.InvariantCulture) + " per minute."), retryAfter);

    public override VendorAnswer TooLarge(long limit) =>
        new(SandboxOutcomes.Rejected, 413, $"the body is over the {limit} bytes the sandbox reads.", Json, JsonMessage("error", "Payload too large."));

    protected override VendorAnswer Unauthenticated(bool missing, string reason) =>
        new(SandboxOutcomes.Rejected, 401, reason, Json, JsonMessage("error", "unauthorized"));

    private static VendorAnswer Refuse(int status, string reason) =>
        new(SandboxOutcomes.Rejected, status, reason, Json, JsonMessage("error", "Bad request: " + reason));

    private VendorAnswer Accepted(string outcome, string? reason)
    {
        // The only success body on record is a peer's test double: {"at": ..., "data": "Event(9360) is successfully proccessed."}
        // (the vendor's spelling). The sandbox answers the same shape.
        var at = Context.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, RelaxedJson))
        {
            writer.WriteStartObject();
            writer.WriteString("at", at);
            writer.WriteString("data", $"Event({EventKind}) is successfully proccessed.");
            writer.WriteEndObject();
        }
        return new VendorAnswer(outcome, 200, reason, Json, System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
