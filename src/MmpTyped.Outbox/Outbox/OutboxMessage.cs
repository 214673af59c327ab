using System;

namespace MmpTyped.Outbox;

/// <summary>
/// One vendor request to store for sending: the fully serialized body and where it goes, never a secret.
/// The credentials are looked up by the sender at send time from the vendor and the route.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>The schema id of the body, e.g. <c>airbridge.app</c>; its first dotted part names the vendor.</summary>
    public required string SchemaId { get; init; }

    /// <summary>
    /// Which of the vendor's apps receives it: the AppsFlyer app id or the Airbridge app name; null where the
    /// vendor's URL names no app (Affise). Never a key or token.
    /// </summary>
    public required string? Route { get; init; }

    /// <summary>The request body exactly as it is to be sent.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>
    /// The vendor's de-duplication key when it has one (Airbridge <c>eventUUID</c>, Affise <c>affise_event_id</c>).
    /// A second message with the same vendor, route and key is not stored again: the first one stays.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>When the event happened, as the body says; null when it does not say.</summary>
    public DateTimeOffset? EventTime { get; init; }

    /// <summary>The end of the vendor's window: after it the vendor would drop the event, so it is not sent.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The earliest time to send it; now when null.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>The vendor part of <see cref="SchemaId"/>: everything before the first dot.</summary>
    public string Vendor => VendorOf(SchemaId);

    internal static string VendorOf(string schemaId)
    {
        var dot = schemaId.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? schemaId : schemaId[..dot];
    }
}
