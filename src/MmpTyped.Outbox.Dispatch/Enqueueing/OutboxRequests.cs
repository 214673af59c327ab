using MmpTyped.Delivery;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// The one mapping between the delivery client's prepared request and the outbox's stored row: the enqueue side
/// stores exactly what the client prepared, and the dispatch side rebuilds exactly that request from the row.
/// </summary>
internal static class OutboxRequests
{
    /// <summary>The row to store for a prepared request: body, schema, app, key, event time and window end.</summary>
    public static OutboxMessage ToMessage(MmpDeliveryRequest request) => new()
    {
        SchemaId = request.SchemaId,
        Route = request.AppId,
        Body = request.Body,
        IdempotencyKey = request.IdempotencyKey,
        EventTime = request.EventTime,
        Deadline = request.Deadline,
    };

    /// <summary>
    /// The request a stored row sends. Throws <see cref="System.ArgumentException"/> when the row can no longer be sent
    /// (a schema this library no longer knows, an empty body, an app missing where the URL needs one).
    /// </summary>
    public static MmpDeliveryRequest ToRequest(OutboxRow row) =>
        new(row.SchemaId, row.Route, row.Body, row.IdempotencyKey, row.EventTime, row.Deadline);
}
