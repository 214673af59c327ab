using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Delivery;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// Enqueues events for the dispatcher: each event goes through the delivery client's prepare step
/// (<see cref="MmpDeliveryClient.TryPrepare"/>: <c>Validate()</c>, so an event the vendor would drop is refused here
/// with its errors; the de-duplication key filled; the body serialized once; the deadline from the vendor's window),
/// and the prepared request is stored in the outbox. Returns once the commit is durable, or, on the caller's
/// transaction, once the rows are written inside it (the caller commits).
/// </summary>
public sealed class MmpOutbox
{
    private readonly IOutboxStore _store;
    private readonly MmpDeliveryClient _client;

    /// <summary>Creates the outbox; <c>services.AddMmpOutboxDispatcher(configuration)</c> registers it.</summary>
    public MmpOutbox(IOutboxStore store, MmpDeliveryClient client)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(client);
        _store = store;
        _client = client;
    }

    /// <summary>Validates, prepares and stores one event in a transaction of its own.</summary>
    /// <param name="message">A vendor record or an <c>[MmpEvent]</c> class of an outbound schema.</param>
    /// <param name="appId">AppsFlyer's app id or Airbridge's app name; null for Affise.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">No outbound schema, or the app id is missing where the URL needs one.</exception>
    /// <exception cref="InvalidOperationException">The vendor's credential is not configured: it could never be sent.</exception>
    /// <exception cref="MessageStoreException">The store cannot be reached or refuses the write.</exception>
    public async Task<OutboxEnqueueResult> EnqueueAsync(IMmpEvent message, string? appId, CancellationToken cancellationToken = default) =>
        (await EnqueueAsync([message], appId, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Validates, prepares and stores one event inside the caller's open <paramref name="transaction"/> on the store's
    /// database (the transactional outbox: the business row and the event commit or roll back together).
    /// </summary>
    /// <exception cref="ArgumentException">No outbound schema, a missing app id, or a transaction on another kind of database.</exception>
    /// <exception cref="InvalidOperationException">The vendor's credential is not configured.</exception>
    public async Task<OutboxEnqueueResult> EnqueueAsync(IMmpEvent message, string? appId, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection ?? throw new ArgumentException("The transaction has no connection: it was committed or rolled back.", nameof(transaction));
        return (await EnqueueAsync([message], appId, connection, transaction, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Validates and prepares every event, then stores them all in one transaction, or none when any is refused
    /// (the refused ones carry their errors; the others are marked not stored).
    /// </summary>
    /// <exception cref="ArgumentException">An event has no outbound schema, or the app id is missing where the URL needs one.</exception>
    /// <exception cref="InvalidOperationException">A vendor's credential is not configured.</exception>
    /// <exception cref="MessageStoreException">The store cannot be reached or refuses the write.</exception>
    public Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueAsync(IReadOnlyList<IMmpEvent> messages, string? appId, CancellationToken cancellationToken = default) =>
        EnqueuePreparedAsync(messages, appId, null, null, cancellationToken);

    /// <summary>
    /// As <see cref="EnqueueAsync(IReadOnlyList{IMmpEvent}, string?, CancellationToken)"/>, on the caller's open
    /// <paramref name="connection"/>, inside <paramref name="transaction"/> when given.
    /// </summary>
    public Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueAsync(IReadOnlyList<IMmpEvent> messages, string? appId, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return EnqueuePreparedAsync(messages, appId, connection, transaction, cancellationToken);
    }

    /// <summary>
    /// Enqueues an event defined once for several vendors for every vendor configured in the delivery settings, in one
    /// transaction of its own: each vendor message is prepared as <see cref="MmpDeliveryClient.PrepareForAll"/> does, the
    /// valid ones are stored together (all of them or, when the store fails, none), and a vendor message that is refused
    /// (MMP001–MMP008), not configured or fails to prepare is reported in its own result and not stored, without holding
    /// back the others. Returns once the commit is durable.
    /// </summary>
    /// <param name="message">The event; <see cref="IMmpMultiVendorEvent.ToVendorEvents"/> gives its vendor messages.</param>
    /// <param name="apps">The AppsFlyer app id and the Airbridge app name the vendors' URLs take.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>One result per vendor message, in the event's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="apps"/> is null.</exception>
    /// <exception cref="MessageStoreException">The store cannot be reached or refuses the write: nothing was stored.</exception>
    public Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueToAllAsync(IMmpMultiVendorEvent message, MmpAppIds apps, CancellationToken cancellationToken = default) =>
        EnqueueToAllAsync(message, apps, null, null, cancellationToken);

    /// <summary>
    /// As <see cref="EnqueueToAllAsync(IMmpMultiVendorEvent, MmpAppIds, CancellationToken)"/>, inside the caller's open
    /// <paramref name="transaction"/> on the store's database (the transactional outbox: the business row and every
    /// vendor's message commit or roll back together; the caller commits).
    /// </summary>
    /// <exception cref="ArgumentException">The transaction is finished, or on another kind of database.</exception>
    public Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueToAllAsync(IMmpMultiVendorEvent message, MmpAppIds apps, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection ?? throw new ArgumentException("The transaction has no connection: it was committed or rolled back.", nameof(transaction));
        return EnqueueToAllAsync(message, apps, connection, transaction, cancellationToken);
    }

    private async Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueToAllAsync(IMmpMultiVendorEvent message, MmpAppIds apps, DbConnection? connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var vendors = _client.PrepareForAll(message, apps);
        var rows = new List<OutboxMessage>(vendors.Count);
        foreach (var vendor in vendors)
        {
            if (vendor.IsPrepared)
                rows.Add(OutboxRequests.ToMessage(vendor.Request));
        }
        IReadOnlyList<long> ids = rows.Count == 0 ? []
            : connection is null
                ? await _store.EnqueueAsync(rows, cancellationToken).ConfigureAwait(false)
                : await _store.EnqueueAsync(rows, connection, transaction, cancellationToken).ConfigureAwait(false);

        var results = new OutboxEnqueueResult[vendors.Count];
        var stored = 0;
        for (var i = 0; i < results.Length; i++)
        {
            var vendor = vendors[i];
            results[i] = vendor.IsPrepared
                ? OutboxEnqueueResult.Stored(ids[stored++], vendor.SchemaId, vendor.Request.IdempotencyKey)
                : OutboxEnqueueResult.NotPrepared(vendor);
        }
        return results;
    }

    private async Task<IReadOnlyList<OutboxEnqueueResult>> EnqueuePreparedAsync(IReadOnlyList<IMmpEvent> messages, string? appId, DbConnection? connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var requests = new MmpDeliveryRequest?[messages.Count];
        var refused = new IReadOnlyList<MmpError>?[messages.Count];
        var anyRefused = false;
        for (var i = 0; i < messages.Count; i++)
        {
            if (!_client.TryPrepare(messages[i], appId, out var request, out var errors))
            {
                refused[i] = errors;
                anyRefused = true;
            }
            requests[i] = request;
        }

        var results = new OutboxEnqueueResult[messages.Count];
        if (anyRefused)
        {
            for (var i = 0; i < messages.Count; i++)
                results[i] = refused[i] is { } errors
                    ? OutboxEnqueueResult.Refused(requests[i]?.SchemaId ?? SchemaIdOf(messages[i]), errors)
                    : OutboxEnqueueResult.NotStored(requests[i]!.SchemaId, requests[i]!.IdempotencyKey);
            return results;
        }

        var rows = new OutboxMessage[messages.Count];
        for (var i = 0; i < rows.Length; i++)
            rows[i] = OutboxRequests.ToMessage(requests[i]!);
        var ids = connection is null
            ? await _store.EnqueueAsync(rows, cancellationToken).ConfigureAwait(false)
            : await _store.EnqueueAsync(rows, connection, transaction, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rows.Length; i++)
            results[i] = OutboxEnqueueResult.Stored(ids[i], rows[i].SchemaId, rows[i].IdempotencyKey);
        return results;
    }

    private static string SchemaIdOf(IMmpEvent message) =>
        message.GetType().GetCustomAttributes(typeof(Runtime.MmpSchemaAttribute), false) is [Runtime.MmpSchemaAttribute schema, ..] ? schema.SchemaId : "unknown";
}
