using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Outbox.Batching;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// Writes the outcomes of rows sent at the same time in one transaction, through the store's group commit (the
/// same one the inbox's inserts use). A sender hands in its outcome and waits until it is durable, as it would for a
/// commit of its own, so sixteen concurrent sends cost one commit instead of sixteen; an outcome alone is written at
/// once. The wait is what keeps the crash promise: an AppsFlyer or Affise row's next send starts only after the
/// previous outcome was committed.
/// </summary>
internal sealed class OutcomeRecorder
{
    /// <summary>The most outcomes written in one transaction.</summary>
    private const int MaxGroup = 256;

    private readonly GroupCommit<LeaseOutcome, bool> _outcomes;

    public OutcomeRecorder(IOutboxStore store, string owner) =>
        _outcomes = new GroupCommit<LeaseOutcome, bool>(group => WriteAsync(store, owner, group), MaxGroup);

    /// <summary>Records <paramref name="outcome"/>; true once it is committed, false when the lease had passed to another dispatcher.</summary>
    /// <exception cref="MessageStoreException">The store failed the write (the outcomes written with it failed too).</exception>
    public Task<bool> RecordAsync(LeaseOutcome outcome) =>
        // Not cancellable: the vendor already answered, and losing the outcome would send the row again.
        _outcomes.AddAsync(outcome, CancellationToken.None);

    private static async Task<IReadOnlyList<bool>> WriteAsync(IOutboxStore store, string owner, IReadOnlyList<LeaseOutcome> group)
    {
        var lost = await store.RecordAsync(owner, group, CancellationToken.None).ConfigureAwait(false);
        var lostIds = lost.Count == 0 ? null : new HashSet<long>(lost);
        var recorded = new bool[group.Count];
        for (var i = 0; i < group.Count; i++)
            recorded[i] = lostIds is null || !lostIds.Contains(group[i].Id);
        return recorded;
    }
}
