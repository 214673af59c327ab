using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox;

/// <summary>
/// The inbox: messages received (AppsFlyer Push API), stored before they are answered and then handed to a
/// handler at least once. The same message (same content hash) is stored once. Leasing works as in the outbox.
/// </summary>
public interface IInboxStore
{
    /// <summary>
    /// Stores the message, committed durably before this returns; quarantined when it has a parse error.
    /// Storing the same message again stores nothing and returns the first row's id.
    /// </summary>
    /// <exception cref="ArgumentException">The method is missing.</exception>
    /// <exception cref="MessageStoreException">The store cannot be reached or refuses the write.</exception>
    Task<InboxInsertResult> InsertAsync(InboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>Leases up to <paramref name="maxCount"/> due rows, oldest due first; quarantined and dead rows never. Attempts go up by one.</summary>
    Task<IReadOnlyList<InboxRow>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease of the rows <paramref name="owner"/> still holds; returns how many it holds.</summary>
    Task<int> RenewLeaseAsync(string owner, IReadOnlyList<long> ids, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Records the outcomes in one transaction; returns the ids whose lease <paramref name="owner"/> no longer held.</summary>
    Task<IReadOnlyList<long>> RecordAsync(string owner, IReadOnlyList<LeaseOutcome> outcomes, CancellationToken cancellationToken = default);

    /// <summary>Hands back rows leased but not handled: due again at once, the attempt not counted. Null <paramref name="ids"/> releases all the owner holds.</summary>
    Task<int> ReleaseAsync(string owner, IReadOnlyList<long>? ids, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="maxCount"/> handled rows completed before <paramref name="completedBefore"/>; returns how many.</summary>
    Task<int> DeleteHandledAsync(DateTimeOffset completedBefore, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Counts by state and the oldest due row.</summary>
    Task<InboxStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads one row; null when there is none with that id.</summary>
    Task<InboxRow?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Rows with ids above <paramref name="afterId"/>, by id, at most <paramref name="maxCount"/>.</summary>
    Task<IReadOnlyList<InboxRow>> ListAsync(long afterId, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Makes a dead row pending and due now, its attempts reset; false when no dead row has that id.</summary>
    Task<bool> RetryDeadAsync(long id, CancellationToken cancellationToken = default);
}
