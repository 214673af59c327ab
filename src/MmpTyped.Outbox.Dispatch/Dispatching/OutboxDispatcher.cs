using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.Delivery;
using MmpTyped.Outbox.Dispatch.Diagnostics;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// The hosted service that empties the outbox: it leases due rows in batches, sends each once through the delivery
/// client, and records the outcome before the next AppsFlyer or Affise row goes out (outcomes of rows sent at the same time share
/// one transaction). Delivered rows are kept for
/// <see cref="OutboxDispatcherOptions.Retention"/> and then deleted in bounded batches; transient and throttled ones are
/// rescheduled (backoff, or the vendor's Retry-After); rejected, expired and unreadable ones go dead with the reason; a
/// 401/403 pauses the route in the store (every dispatcher sharing it stops) until it is resumed. At shutdown, sends
/// already started may finish for <see cref="OutboxDispatcherOptions.ShutdownGrace"/> and every row not sent is released.
/// </summary>
public sealed class OutboxDispatcher : BackgroundService
{
    // The one vendor that documents dropping a replayed key (Airbridge's eventUUID); the delivery client retries only
    // its transient failures for the same reason.
    private const string DeduplicatingVendor = "airbridge";

    private readonly IOutboxStore _store;
    private readonly MmpDeliveryClient _client;
    private readonly OutboxDispatcherOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly DispatchMetrics _metrics;
    private readonly OutcomeRecorder _recorder;

    /// <summary>Creates the dispatcher; <c>services.AddMmpOutboxDispatcher(configuration)</c> registers it.</summary>
    public OutboxDispatcher(IOutboxStore store, MmpDeliveryClient client, IOptions<OutboxDispatcherOptions> options, TimeProvider timeProvider,
        ILogger<OutboxDispatcher> logger, System.Diagnostics.Metrics.IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(meterFactory);
        _store = store;
        _client = client;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
        _metrics = new DispatchMetrics(meterFactory);
        Owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
        _recorder = new OutcomeRecorder(store, Owner);
    }

    /// <summary>Who this dispatcher leases as: host, process id and a fresh GUID.</summary>
    public string Owner { get; }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting
        DispatchLog.Started(_logger, Owner, _options.BatchSize, _options.LeaseDuration);
        using var sendsCancelled = new CancellationTokenSource();
        using var graceStarts = stoppingToken.Register(() => sendsCancelled.CancelAfter(_options.ShutdownGrace));
        var nextCleanup = _time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_time.GetUtcNow() >= nextCleanup)
                {
                    await CleanupAsync(stoppingToken).ConfigureAwait(false);
                    nextCleanup = _time.GetUtcNow() + _options.CleanupInterval;
                }
                var rows = await _store.LeaseAsync(Owner, _options.BatchSize, _options.LeaseDuration, stoppingToken).ConfigureAwait(false);
                if (rows.Count == 0)
                {
                    await Task.Delay(_options.IdleDelay, _time, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                _metrics.Leased.Add(rows.Count);
                await DispatchBatchAsync(rows, stoppingToken, sendsCancelled.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // a store that fails (a restart, a full disk) must not end the dispatcher: its leases run out and it tries again
            catch (Exception e)
#pragma warning restore CA1031
            {
                DispatchLog.StoreFailed(_logger, e, Owner, _options.IdleDelay);
                try
                {
                    await Task.Delay(_options.IdleDelay, _time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        var released = await _store.ReleaseAsync(Owner, null, CancellationToken.None).ConfigureAwait(false);
        if (released > 0)
            _metrics.Outcomes.Add(released, new KeyValuePair<string, object?>("mmp.outbox.state", "released"));
        DispatchLog.Stopped(_logger, Owner, released);
    }

    /// <summary>
    /// Sends the batch in two lanes at once: its AppsFlyer and Affise rows (vendors that do not de-duplicate a replay) in
    /// order, <see cref="OutboxDispatcherOptions.ReplayUnsafeConcurrency"/> at a time (each outcome committed before the
    /// next one goes out), and the Airbridge rows <see cref="OutboxDispatcherOptions.Concurrency"/> at a time, so a
    /// careful row never holds a place the others could use. A companion loop renews the leases of the rows not yet done every third of
    /// <see cref="OutboxDispatcherOptions.LeaseDuration"/>. A row is sent only while the batch's lease has at least a
    /// third of its duration left: a row whose lease may have passed to another dispatcher is never sent by this one
    /// (that would send it twice while both are alive); it is released with the rest at the end.
    /// </summary>
    private async Task DispatchBatchAsync(IReadOnlyList<OutboxRow> rows, CancellationToken stopping, CancellationToken sendsCancelled)
    {
        var pending = new ConcurrentDictionary<long, byte>(rows.Select(r => KeyValuePair.Create(r.Id, (byte)0)));
        var leasedUntil = rows.Min(r => r.LeaseExpiresAt) ?? _time.GetUtcNow() + _options.LeaseDuration;
        var leaseUntil = new StrongBox<long>(leasedUntil.UtcTicks);
        using var batchDone = new CancellationTokenSource();
        var renewing = RenewAsync(pending, leaseUntil, batchDone.Token);
        try
        {
            await Task.WhenAll(
                    Lane(rows.Where(IsReplayUnsafe), _options.ReplayUnsafeConcurrency),
                    Lane(rows.Where(row => !IsReplayUnsafe(row)), _options.Concurrency))
                .ConfigureAwait(false);
        }
        finally
        {
            await batchDone.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(false);
        }

        Task Lane(IEnumerable<OutboxRow> lane, int concurrency) =>
            Parallel.ForEachAsync(lane, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (row, _) =>
            {
                await DispatchAsync(row, leaseUntil, stopping, sendsCancelled).ConfigureAwait(false);
                pending.TryRemove(row.Id, out var _);
            });
    }

    private static bool IsReplayUnsafe(OutboxRow row) => !string.Equals(row.Vendor, DeduplicatingVendor, StringComparison.Ordinal);

    private async Task RenewAsync(ConcurrentDictionary<long, byte> pending, StrongBox<long> leaseUntil, CancellationToken batchDone)
    {
        var every = _options.LeaseDuration / 3;
        while (true)
        {
            try
            {
                await Task.Delay(every, _time, batchDone).ConfigureAwait(false);
                var ids = pending.Keys.ToArray();
                if (ids.Length == 0)
                    return;
                var renewedAt = _time.GetUtcNow();
                var held = await _store.RenewLeaseAsync(Owner, ids, _options.LeaseDuration, batchDone).ConfigureAwait(false);
                if (held == ids.Length)
                    Volatile.Write(ref leaseUntil.Value, (renewedAt + _options.LeaseDuration).UtcTicks);
            }
            catch (OperationCanceledException)
            {
                return;
            }
#pragma warning disable CA1031 // a failed renewal only means the rows may not be sent by this dispatcher
            catch (Exception e)
#pragma warning restore CA1031
            {
                DispatchLog.StoreFailed(_logger, e, Owner, every);
            }
        }
    }

    /// <summary>Sends one leased row and records its outcome. Rows not started before shutdown are left leased and released at the end.</summary>
    private async Task DispatchAsync(OutboxRow row, StrongBox<long> leaseUntil, CancellationToken stopping, CancellationToken sendsCancelled)
    {
        if (stopping.IsCancellationRequested)
            return;
        if (_time.GetUtcNow() < new DateTimeOffset(Volatile.Read(ref leaseUntil.Value), TimeSpan.Zero) - _options.LeaseDuration / 3)
            await SendAndRecordAsync(row, sendsCancelled).ConfigureAwait(false);
    }

    private async Task SendAndRecordAsync(OutboxRow row, CancellationToken sendsCancelled)
    {
        if (row.Attempts > _options.MaxAttempts)
        {
            await RecordAsync(row, LeaseOutcome.DeadLettered(row.Id, "attempts", $"leased {row.Attempts - 1} times without an outcome (more than {_options.MaxAttempts})")).ConfigureAwait(false);
            return;
        }
        MmpDeliveryRequest request;
        try
        {
            request = OutboxRequests.ToRequest(row);
        }
        catch (ArgumentException e)
        {
            await RecordAsync(row, LeaseOutcome.DeadLettered(row.Id, "unreadable", "the stored row cannot be sent any more: " + e.Message)).ConfigureAwait(false);
            return;
        }

        MmpDeliveryResult result;
        try
        {
            result = await _client.SendOnceAsync(request, sendsCancelled).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (sendsCancelled.IsCancellationRequested)
        {
            return; // shutdown ran out of grace: released with the rest
        }
        catch (InvalidOperationException e)
        {
            // The vendor's credential is not configured in this process: nothing can be sent on the route.
            await PauseAsync(row, e.Message).ConfigureAwait(false);
            await RecordAsync(row, LeaseOutcome.Rescheduled(row.Id, _time.GetUtcNow(), "configuration-error", e.Message)).ConfigureAwait(false);
            return;
        }
#pragma warning disable CA1031 // one row's failure must never stop the rows behind it
        catch (Exception e)
#pragma warning restore CA1031
        {
            DispatchLog.SendFailed(_logger, e, row.Id, row.SchemaId);
            var next = _time.GetUtcNow() + OutcomePolicy.Backoff(row.Attempts, _options);
            await RecordAsync(row, LeaseOutcome.Rescheduled(row.Id, next, "error", e.GetType().Name + ": " + e.Message)).ConfigureAwait(false);
            return;
        }

        var (outcome, pauseReason) = OutcomePolicy.Decide(row, result, _options, _time.GetUtcNow());
        if (pauseReason is not null)
            await PauseAsync(row, pauseReason).ConfigureAwait(false);
        await RecordAsync(row, outcome).ConfigureAwait(false);
    }

    private async Task PauseAsync(OutboxRow row, string reason)
    {
        await _store.PauseRouteAsync(row.Vendor, row.Route, reason, CancellationToken.None).ConfigureAwait(false);
        DispatchLog.RoutePaused(_logger, row.Vendor, row.Route, reason);
    }

    private async Task RecordAsync(OutboxRow row, LeaseOutcome outcome)
    {
        // Committed (with the outcomes of the rows sent beside it) before this returns, and so before the next
        // AppsFlyer or Affise row goes out.
        if (!await _recorder.RecordAsync(outcome).ConfigureAwait(false))
        {
            DispatchLog.LeaseLost(_logger, row.Id, outcome.Outcome);
            return;
        }
        switch (outcome.Kind)
        {
            case LeaseOutcomeKind.Completed:
                _metrics.Record(row.Vendor, "delivered", outcome.Outcome);
                break;
            case LeaseOutcomeKind.Rescheduled:
                _metrics.Record(row.Vendor, "rescheduled", outcome.Outcome);
                DispatchLog.Rescheduled(_logger, row.Id, row.SchemaId, outcome.NextAttemptAt!.Value, row.Attempts, outcome.Outcome, outcome.Reason);
                break;
            default:
                _metrics.Record(row.Vendor, "dead", outcome.Outcome);
                DispatchLog.Dead(_logger, row.Id, row.SchemaId, row.Attempts, outcome.Outcome, outcome.Reason ?? outcome.Outcome);
                break;
        }
    }

    private async Task CleanupAsync(CancellationToken cancellationToken)
    {
        var before = _time.GetUtcNow() - _options.Retention;
        int deleted;
        var total = 0;
        do
        {
            deleted = await _store.DeleteDeliveredAsync(before, _options.CleanupBatchSize, cancellationToken).ConfigureAwait(false);
            total += deleted;
        }
        while (deleted == _options.CleanupBatchSize && !cancellationToken.IsCancellationRequested);
        if (total > 0)
        {
            _metrics.Deleted.Add(total);
            DispatchLog.Cleaned(_logger, total, before);
        }
    }
}
