using System.Collections.Generic;
using System.Globalization;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>What became of one event given to <see cref="MmpOutbox"/>: stored with its row id, or refused with the rules it breaks.</summary>
public sealed class OutboxEnqueueResult
{
    private OutboxEnqueueResult(long? id, string schemaId, string? idempotencyKey, IReadOnlyList<MmpError> errors)
    {
        Id = id;
        SchemaId = schemaId;
        IdempotencyKey = idempotencyKey;
        Errors = errors;
    }

    /// <summary>The outbox row's id; null when the event was refused (or the batch it came in was).</summary>
    public long? Id { get; }

    /// <summary>The endpoint's schema id.</summary>
    public string SchemaId { get; }

    /// <summary>The de-duplication key written into the body (Airbridge <c>eventUUID</c>, Affise <c>affise_event_id</c>); null for AppsFlyer.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>The rules the event breaks (the vendor would drop it); empty when it was stored.</summary>
    public IReadOnlyList<MmpError> Errors { get; }

    /// <summary>Whether the event was stored.</summary>
    public bool IsEnqueued => Id is not null;

    internal static OutboxEnqueueResult Stored(long id, string schemaId, string? key) => new(id, schemaId, key, []);

    internal static OutboxEnqueueResult Refused(string schemaId, IReadOnlyList<MmpError> errors) => new(null, schemaId, null, errors);

    internal static OutboxEnqueueResult NotStored(string schemaId, string? key) => new(null, schemaId, key, []);

    /// <summary>One line (<c>enqueued 42 airbridge.app</c> or <c>refused airbridge.app</c>), then one line per broken rule.</summary>
    public override string ToString()
    {
        var line = Id is long id
            ? string.Create(CultureInfo.InvariantCulture, $"enqueued {id} {SchemaId}")
            : Errors.Count > 0 ? $"refused {SchemaId}: the vendor would drop this event" : $"not stored {SchemaId}: another event of the batch was refused";
        foreach (var error in Errors)
            line += System.Environment.NewLine + "  " + error;
        return line;
    }
}
