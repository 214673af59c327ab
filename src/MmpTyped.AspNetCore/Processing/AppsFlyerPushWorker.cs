using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.AppsFlyer;
using MmpTyped.AspNetCore.Logging;
using MmpTyped.Outbox;

namespace MmpTyped.AspNetCore.Processing;

/// <summary>
/// Hands stored messages to the application's <see cref="IAppsFlyerPushHandler"/> after they were answered:
/// leases due inbox rows, drops the non-retargeting copy of a retargeting event (the
/// <see cref="AppsFlyerRetargetingDeduplicator"/>), calls the handler, and records the outcome: handled, tried
/// again later with a doubling delay, or dead-lettered with the reason after the last attempt. A row is
/// recorded handled only after the handler returned, so a crash calls the handler again (at least once).
/// Rows held for de-duplication stay leased (renewed) until decided; stopping releases every lease.
/// </summary>
internal sealed class AppsFlyerPushWorker(
    IInboxStore inbox,
    IKeyValueStore state,
    IServiceScopeFactory scopes,
    IOptions<AppsFlyerPushReceiverOptions> options,
    TimeProvider clock,
    ILogger<AppsFlyerPushWorker> logger) : BackgroundService
{
    private readonly AppsFlyerPushWorkerOptions _options = options.Value.Worker;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly RetargetingMarks _marks = new(state, clock);
    private readonly Dictionary<IAppsFlyerPushMessage, InboxRow> _held = new(ReferenceEqualityComparer.Instance);
    private AppsFlyerRetargetingDeduplicator _deduplicator = null!;
    private DateTimeOffset _renewedAt;

    /// <summary>Held for de-duplication right now (for tests and metrics).</summary>
    internal int HeldCount => _held.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _deduplicator = new AppsFlyerRetargetingDeduplicator(_options.DeduplicationWindow, clock);
        try
        {
            var primed = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!primed)
                    {
                        await _marks.ReplayAsync(_deduplicator, stoppingToken).ConfigureAwait(false);
                        primed = true;
                    }
                    var leased = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                    if (leased == 0)
                        await Task.Delay(_options.PollInterval, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (MessageStoreException e)
                {
                    ReceiverLog.WorkerStoreFailed(logger, _options.PollInterval * 5, e);
                    await Task.Delay(_options.PollInterval * 5, clock, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the leases are released below.
        }
        finally
        {
            await ReleaseLeasesAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One round: lease, decide, hand on, record. Returns how many rows were leased.</summary>
    internal async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var rows = await inbox.LeaseAsync(_owner, _options.BatchSize, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
            await TakeAsync(row, cancellationToken).ConfigureAwait(false);

        var expired = new List<IAppsFlyerPushMessage>();
        _deduplicator.ReleaseExpired(expired);
        foreach (var message in expired)
        {
            if (_held.Remove(message, out var row))
                await HandOnAsync(row, message, cancellationToken).ConfigureAwait(false);
        }
        await RenewHeldAsync(cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private async Task TakeAsync(InboxRow row, CancellationToken cancellationToken)
    {
        if (!AppsFlyerPushBody.TryParse(row.Method, row.Body.Span, out var message, out var parseError))
        {
            // Stored as parsed by an older version, or edited in the store: kept, never handed on.
            await RecordAsync(LeaseOutcome.DeadLettered(row.Id, "unreadable", parseError), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (_options.DeduplicationWindow == TimeSpan.Zero || !RetargetingMarks.TryKey(message, out var key))
        {
            await HandOnAsync(row, message, cancellationToken).ConfigureAwait(false);
            return;
        }

        var isRetargeting = RetargetingMarks.IsRetargeting(message);
        if (isRetargeting)
            await _marks.RememberAsync(key, _options.DeduplicationWindow, cancellationToken).ConfigureAwait(false);
        var kept = new List<IAppsFlyerPushMessage>();
        var droppedBefore = _deduplicator.DroppedCount;
        _deduplicator.Add(message, kept);
        var dropped = _deduplicator.DroppedCount - droppedBefore;

        if (dropped > 0 && isRetargeting)
        {
            // The copies held for this event lose to their retargeting twin.
            foreach (var twin in _held.Where(pair => RetargetingMarks.TryKey(pair.Key, out var heldKey) && heldKey == key).ToList())
            {
                _held.Remove(twin.Key);
                await DropAsync(twin.Value, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (dropped > 0)
        {
            await DropAsync(row, cancellationToken).ConfigureAwait(false);
        }
        else if (!kept.Contains(message, ReferenceEqualityComparer.Instance))
        {
            _held[message] = row;
        }

        foreach (var decided in kept)
        {
            if (ReferenceEquals(decided, message))
                await HandOnAsync(row, message, cancellationToken).ConfigureAwait(false);
            else if (_held.Remove(decided, out var heldRow))
                await HandOnAsync(heldRow, decided, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandOnAsync(InboxRow row, IAppsFlyerPushMessage message, CancellationToken cancellationToken)
    {
        LeaseOutcome outcome;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<IAppsFlyerPushHandler>();
            await handler.HandleAsync(new AppsFlyerPushDelivery(row.Id, message, row.Method, row.ReceivedAt, row.Attempts), cancellationToken).ConfigureAwait(false);
            outcome = LeaseOutcome.Completed(row.Id, "handled");
            ReceiverLog.Handled(logger, row.Id);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // Stopping: the row's lease is released, not counted as a failure.
        }
#pragma warning disable CA1031 // Whatever the handler throws is recorded against its row; the worker goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var reason = $"{e.GetType().Name}: {e.Message}";
            if (row.Attempts >= _options.MaxAttempts)
            {
                outcome = LeaseOutcome.DeadLettered(row.Id, "handler-failed", reason);
                ReceiverLog.DeadLettered(logger, row.Id, row.Attempts, reason);
            }
            else
            {
                var next = clock.GetUtcNow() + Backoff(row.Attempts);
                outcome = LeaseOutcome.Rescheduled(row.Id, next, "handler-failed", reason);
                ReceiverLog.HandlerFailed(logger, row.Id, row.Attempts, next, e);
            }
        }
        await RecordAsync(outcome, cancellationToken).ConfigureAwait(false);
    }

    private Task DropAsync(InboxRow row, CancellationToken cancellationToken)
    {
        ReceiverLog.DuplicateDropped(logger, row.Id);
        return RecordAsync(LeaseOutcome.Completed(row.Id, "retargeting-duplicate"), cancellationToken);
    }

    private async Task RecordAsync(LeaseOutcome outcome, CancellationToken cancellationToken) =>
        await inbox.RecordAsync(_owner, [outcome], cancellationToken).ConfigureAwait(false);

    /// <summary>The wait after the <paramref name="attempt"/>th failure: RetryDelay doubled per further attempt, capped.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryDelay.Ticks * factor, _options.MaxRetryDelay.Ticks));
        return delay;
    }

    private async Task RenewHeldAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_held.Count == 0 || now - _renewedAt < _options.LeaseDuration / 3)
            return;
        await inbox.RenewLeaseAsync(_owner, _held.Values.Select(row => row.Id).ToList(), _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        _renewedAt = now;
    }

    private async Task ReleaseLeasesAsync()
    {
        _held.Clear();
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await inbox.ReleaseAsync(_owner, null, limit.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is MessageStoreException or OperationCanceledException)
        {
            // The leases run out by themselves; the rows are due again then.
            ReceiverLog.WorkerStoreFailed(logger, _options.LeaseDuration, e);
        }
    }
}
