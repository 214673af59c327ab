using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox;

/// <summary>One-row forms of the <see cref="IOutboxStore"/> operations.</summary>
public static class OutboxStoreExtensions
{
    /// <summary>Stores one message; returns its id once the commit is durable.</summary>
    public static async Task<long> EnqueueAsync(this IOutboxStore store, OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.EnqueueAsync([message], cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Stores one message inside the caller's open transaction (the transactional outbox); the caller commits.</summary>
    public static async Task<long> EnqueueAsync(this IOutboxStore store, OutboxMessage message, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection ?? throw new ArgumentException("The transaction has no connection: it was committed or rolled back.", nameof(transaction));
        return (await store.EnqueueAsync([message], connection, transaction, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Records one outcome; false when <paramref name="owner"/> no longer held the row's lease.</summary>
    public static async Task<bool> RecordAsync(this IOutboxStore store, string owner, LeaseOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.RecordAsync(owner, [outcome], cancellationToken).ConfigureAwait(false)).Count == 0;
    }
}
