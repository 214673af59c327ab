using System.Collections.Generic;
using System.Globalization;
using MmpTyped.Delivery;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// What became of one event given to <see cref="MmpOutbox"/>: stored with its row id, refused with the rules it breaks,
/// or, for one vendor's message of an event sent to every vendor, skipped because the vendor is not configured or
/// failed to prepare.
/// </summary>
public sealed class OutboxEnqueueResult
{
    private OutboxEnqueueResult(long? id, string schemaId, string? idempotencyKey, IReadOnlyList<MmpError> errors, MmpVendorStatus status, string? reason)
    {
        Id = id;
        SchemaId = schemaId;
        IdempotencyKey = idempotencyKey;
        Errors = errors;
        Status = status;
        Reason = reason;
    }

    /// <summary>The outbox row's id; null when the event was not stored.</summary>
    public long? Id { get; }

    /// <summary>The endpoint's schema id.</summary>
    public string SchemaId { get; }

    /// <summary>The de-duplication key written into the body (Airbridge <c>eventUUID</c>, Affise <c>affise_event_id</c>); null for AppsFlyer.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>The rules the event breaks (the vendor would drop it); empty when it was stored.</summary>
    public IReadOnlyList<MmpError> Errors { get; }

    /// <summary>
    /// <see cref="MmpVendorStatus.Prepared"/> for a valid event (stored, or not stored because another event of its
    /// batch was refused), <see cref="MmpVendorStatus.Refused"/> with its <see cref="Errors"/>, and, for one vendor's
    /// message of <see cref="MmpOutbox.EnqueueToAllAsync(IMmpMultiVendorEvent, MmpAppIds, System.Threading.CancellationToken)"/>,
    /// <see cref="MmpVendorStatus.NotConfigured"/> or <see cref="MmpVendorStatus.Failed"/> with the <see cref="Reason"/>.
    /// </summary>
    public MmpVendorStatus Status { get; }

    /// <summary>Why a vendor's message was skipped or failed; null otherwise. Never holds a credential.</summary>
    public string? Reason { get; }

    /// <summary>Whether the event was stored.</summary>
    public bool IsEnqueued => Id is not null;

    internal static OutboxEnqueueResult Stored(long id, string schemaId, string? key) => new(id, schemaId, key, [], MmpVendorStatus.Prepared, null);

    internal static OutboxEnqueueResult Refused(string schemaId, IReadOnlyList<MmpError> errors) => new(null, schemaId, null, errors, MmpVendorStatus.Refused, null);

    internal static OutboxEnqueueResult NotStored(string schemaId, string? key) => new(null, schemaId, key, [], MmpVendorStatus.Prepared, null);

    internal static OutboxEnqueueResult NotPrepared(MmpVendorRequest vendor) => new(null, vendor.SchemaId, null, vendor.Errors, vendor.Status, vendor.Reason);

    /// <summary>
    /// One line (<c>enqueued 42 airbridge.app</c>, <c>refused airbridge.app</c>, <c>not configured affise.s2s: ...</c>),
    /// then one line per broken rule.
    /// </summary>
    public override string ToString()
    {
        var line = Id is long id
            ? string.Create(CultureInfo.InvariantCulture, $"enqueued {id} {SchemaId}")
            : Status switch
            {
                MmpVendorStatus.Refused => $"refused {SchemaId}: the vendor would drop this event",
                MmpVendorStatus.NotConfigured => $"not configured {SchemaId}: {Reason}",
                MmpVendorStatus.Failed => $"failed {SchemaId}: {Reason}",
                _ => $"not stored {SchemaId}: another event of the batch was refused",
            };
        foreach (var error in Errors)
            line += System.Environment.NewLine + "  " + error;
        return line;
    }
}
