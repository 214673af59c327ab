using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox;

/// <summary>
/// The outbox: vendor requests stored durably until they are delivered or given up on. A sender leases
/// due rows for a while, sends them, and records each outcome while it still holds the lease; a lease
/// that runs out (its holder crashed) makes the row due again, so a row is sent at least once.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Stores the messages in one transaction and returns their ids (in order) once the commit is durable.</summary>
    /// <exception cref="ArgumentException">A message lacks its schema id, route or body.</exception>
    /// <exception cref="MessageStoreException">The store cannot be reached or refuses the write.</exception>
    Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the messages on the caller's own open <paramref name="connection"/> to the same database,
    /// inside <paramref name="transaction"/> when given (the transactional outbox: the business rows and the
    /// events commit or roll back together; the caller commits), or else in a transaction of their own,
    /// committed before this returns.
    /// </summary>
    /// <exception cref="ArgumentException">The connection is of another kind or to another database, or a message is incomplete.</exception>
    /// <exception cref="MessageStoreException">The store's schema is missing or of another version.</exception>
    Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases up to <paramref name="maxCount"/> due rows (pending and due, or leased with an expired lease),
    /// oldest due first, skipping paused routes and rows another leaser holds. Each leased row's
    /// <see cref="OutboxRow.Attempts"/> goes up by one. Rows past their <see cref="OutboxRow.Deadline"/> are leased
    /// too: the sender, not the store, dead-letters them as expired, with the reason.
    /// </summary>
    /// <param name="owner">Who leases: unique per running sender (e.g. host, process id and a GUID).</param>
    /// <param name="maxCount">The most rows to lease.</param>
    /// <param name="leaseDuration">How long the rows are held; longer than a send takes.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    Task<IReadOnlyList<OutboxRow>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease of the rows <paramref name="owner"/> still holds; returns how many it holds.</summary>
    Task<int> RenewLeaseAsync(string owner, IReadOnlyList<long> ids, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the outcomes in one transaction and returns the ids whose lease <paramref name="owner"/> no
    /// longer held (left as they are).
    /// </summary>
    Task<IReadOnlyList<long>> RecordAsync(string owner, IReadOnlyList<LeaseOutcome> outcomes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands back rows leased but not attempted (graceful shutdown): due again at once, their attempt not
    /// counted. Null <paramref name="ids"/> releases every row <paramref name="owner"/> holds. Returns how many.
    /// </summary>
    Task<int> ReleaseAsync(string owner, IReadOnlyList<long>? ids, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="maxCount"/> delivered rows completed before <paramref name="completedBefore"/>; returns how many. Call again until it returns less than asked.</summary>
    Task<int> DeleteDeliveredAsync(DateTimeOffset completedBefore, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Counts by vendor and state, the oldest due row and the paused routes.</summary>
    Task<OutboxStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads one row; null when there is none with that id.</summary>
    Task<OutboxRow?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Dead rows with ids above <paramref name="afterId"/>, by id, at most <paramref name="maxCount"/>.</summary>
    Task<IReadOnlyList<OutboxRow>> ListDeadAsync(long afterId, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Makes a dead row pending and due now, its attempts reset; false when no dead row has that id.</summary>
    Task<bool> RetryDeadAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops leasing the rows of the vendor's <paramref name="route"/> (null: its rows that name no app) until it is
    /// resumed, e.g. when the vendor refused the credentials.
    /// </summary>
    Task PauseRouteAsync(string vendor, string? route, string reason, CancellationToken cancellationToken = default);

    /// <summary>Leases the route's rows again; false when it was not paused.</summary>
    Task<bool> ResumeRouteAsync(string vendor, string? route, CancellationToken cancellationToken = default);
}
