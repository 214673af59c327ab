using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// Writes the outcomes of rows sent at the same time in one transaction (a group commit). A sender hands in its
/// outcome and waits until it is durable, as it would for a commit of its own; whoever finds the store free writes
/// every outcome handed in meanwhile, so sixteen concurrent sends cost one commit instead of sixteen. Nothing is
/// held back to fill a group: an outcome alone is written at once. The wait is what keeps the crash promise: an
/// AppsFlyer row's next send starts only after the previous outcome was committed.
/// </summary>
internal sealed class OutcomeRecorder(IOutboxStore store, string owner) : IDisposable
{
    /// <summary>The most outcomes written in one transaction.</summary>
    private const int MaxGroup = 256;

    private readonly ConcurrentQueue<Entry> _queue = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>Records <paramref name="outcome"/>; true once it is committed, false when the lease had passed to another dispatcher.</summary>
    /// <exception cref="MessageStoreException">The store failed the write (the outcomes written with it failed too).</exception>
    public async Task<bool> RecordAsync(LeaseOutcome outcome)
    {
        var entry = new Entry(outcome);
        _queue.Enqueue(entry);
        // Not cancellable: the vendor already answered, and losing the outcome would send the row again.
        await _writing.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            // A group is capped, so the caller's outcome may be left for the next one: write until it is done.
            while (!entry.Done.Task.IsCompleted)
                await WriteQueuedAsync().ConfigureAwait(false);
        }
        finally
        {
            _writing.Release();
        }
        return await entry.Done.Task.ConfigureAwait(false);
    }

    public void Dispose() => _writing.Dispose();

    /// <summary>Writes what is queued, oldest first, up to a group's cap.</summary>
    private async Task WriteQueuedAsync()
    {
        var group = new List<Entry>();
        while (group.Count < MaxGroup && _queue.TryDequeue(out var next))
            group.Add(next);
        var outcomes = new LeaseOutcome[group.Count];
        for (var i = 0; i < group.Count; i++)
            outcomes[i] = group[i].Outcome;
        try
        {
            var lost = await store.RecordAsync(owner, outcomes, CancellationToken.None).ConfigureAwait(false);
            var lostIds = lost.Count == 0 ? null : new HashSet<long>(lost);
            foreach (var entry in group)
                entry.Done.TrySetResult(lostIds is null || !lostIds.Contains(entry.Outcome.Id));
        }
#pragma warning disable CA1031 // the failure belongs to every sender whose outcome was in the group
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var entry in group)
                entry.Done.TrySetException(e);
        }
    }

    private sealed class Entry(LeaseOutcome outcome)
    {
        public LeaseOutcome Outcome { get; } = outcome;

        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
