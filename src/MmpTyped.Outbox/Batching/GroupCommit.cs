using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Batching;

/// <summary>
/// Group commit: items added while a write is under way wait for the next write and go into it together,
/// so callers arriving at once share one transaction (one fsync) instead of queueing for one each. A
/// caller's task completes only after the write that holds its item committed, or fails with that write's
/// error: a failed write fails exactly the callers whose items it held, and the next write starts afresh.
/// </summary>
/// <remarks>
/// One write runs at a time and takes at most <c>maxBatch</c> items, oldest first. No item waits for a timer:
/// one arriving while nothing is written starts a write at once (a batch of one); under load the batches
/// grow by themselves to what arrived during the previous commit.
/// </remarks>
internal sealed class GroupCommit<TItem, TResult>
{
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _write;
    private readonly int _maxBatch;
    private readonly Lock _gate = new();
    private readonly Queue<Waiter> _queue = new();
    private bool _writing;
    private int _unanswered;

    /// <param name="write">
    /// Writes the items in one transaction and commits it, returning one result per item in their order;
    /// it must not be cancelled for one caller's sake, since it writes for all of them.
    /// </param>
    /// <param name="maxBatch">The most items one transaction takes.</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> write, int maxBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _write = write;
        _maxBatch = maxBatch;
    }

    /// <summary>Items waiting for a write to take them.</summary>
    public int Queued
    {
        get
        {
            lock (_gate)
                return _queue.Count;
        }
    }

    /// <summary>Items added and not yet answered: queued, or in the write under way.</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    /// <summary>
    /// Queues <paramref name="item"/> and completes once the transaction holding it committed. Cancelling
    /// stops the wait, not the write: the item may still be committed.
    /// </summary>
    public Task<TResult> AddAsync(TItem item, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(item);
        bool start;
        lock (_gate)
        {
            _queue.Enqueue(waiter);
            Interlocked.Increment(ref _unanswered);
            start = !_writing;
            _writing = true;
        }
        if (start)
            _ = Task.Run(WriteQueuedAsync, CancellationToken.None);
        return waiter.Answer.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes batch after batch until the queue is empty; the next item added then starts it again.</summary>
    private async Task WriteQueuedAsync()
    {
        while (true)
        {
            Waiter[] batch;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _writing = false;
                    return;
                }
                batch = new Waiter[Math.Min(_queue.Count, _maxBatch)];
                for (var i = 0; i < batch.Length; i++)
                    batch[i] = _queue.Dequeue();
            }
            await WriteAsync(batch).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(Waiter[] batch)
    {
        try
        {
            var items = new TItem[batch.Length];
            for (var i = 0; i < batch.Length; i++)
                items[i] = batch[i].Item;
            var results = await _write(items).ConfigureAwait(false);
            if (results.Count != batch.Length)
                throw new InvalidOperationException($"A group write returned {results.Count} results for {batch.Length} items.");
            for (var i = 0; i < batch.Length; i++)
                batch[i].Answer.TrySetResult(results[i]);
        }
        catch (Exception e)
        {
            // Every caller in the batch is told: none of their items may be reported stored.
            foreach (var waiter in batch)
                waiter.Answer.TrySetException(e);
        }
        finally
        {
            Interlocked.Add(ref _unanswered, -batch.Length);
        }
    }

    private sealed class Waiter(TItem item)
    {
        public TItem Item { get; } = item;

        // Answered from the writing loop: the callers' continuations must not run on it.
        public TaskCompletionSource<TResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
