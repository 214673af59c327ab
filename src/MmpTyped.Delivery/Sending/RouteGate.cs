using System;
using System.Threading;
using System.Threading.RateLimiting;

namespace MmpTyped.Delivery.Sending;

/// <summary>
/// The state one route (a vendor and one credential) shares between sends: its per-minute rate limit, the time
/// until which a 429 asked it to slow down, the time until which a 401/403 paused it, and its authentication value.
/// </summary>
/// <remarks>
/// The limit is a fixed one-minute window (System.Threading.RateLimiting), refilled by a timer on the
/// <see cref="TimeProvider"/> rather than the limiter's own clock, so a test on a fake clock counts requests per
/// window exactly. It is per process: several instances sharing one credential must split the vendor's limit.
/// </remarks>
internal sealed class RouteGate : IDisposable
{
    private readonly FixedWindowRateLimiter? _limiter;
    private readonly ITimer? _refill;
    private long _slowUntilTicks;
    private long _pausedUntilTicks;

    /// <param name="permitsPerMinute">The route's rate limit; null for none.</param>
    /// <param name="time">The clock the minutes are counted on.</param>
    /// <param name="authorizationValue">The authentication header's value for this credential (every route of a vendor authenticates alike).</param>
    public RouteGate(int? permitsPerMinute, TimeProvider time, string authorizationValue)
    {
        AuthorizationValue = authorizationValue;
        if (permitsPerMinute is not int permits)
            return;
        _limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            // The minute is the TimeProvider timer's below: with a one-tick window the limiter refills whenever
            // that timer asks, instead of checking its own stopwatch (which a fake clock cannot move).
            Window = TimeSpan.FromTicks(1),
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var limiter = _limiter;
        _refill = time.CreateTimer(static state => ((FixedWindowRateLimiter)state!).TryReplenish(), limiter, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>Waits for a permit of this minute's window; true when one was granted before <paramref name="cancellation"/>.</summary>
    public async System.Threading.Tasks.ValueTask<bool> AcquireAsync(CancellationToken cancellation)
    {
        if (_limiter is null)
            return true;
        using var lease = await _limiter.AcquireAsync(1, cancellation).ConfigureAwait(false);
        return lease.IsAcquired;
    }

    /// <summary>The authentication header's whole value (<c>Bearer &lt;token&gt;</c> or the key), built once rather than per request.</summary>
    public string AuthorizationValue { get; }

    /// <summary>Until when a 429 asked every send on this route to wait.</summary>
    public DateTimeOffset SlowUntil => new(Interlocked.Read(ref _slowUntilTicks), TimeSpan.Zero);

    /// <summary>Until when a configuration error paused the route.</summary>
    public DateTimeOffset PausedUntil => new(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero);

    public void SlowDown(DateTimeOffset until) => Raise(ref _slowUntilTicks, until);

    public void Pause(DateTimeOffset until) => Raise(ref _pausedUntilTicks, until);

    public void Dispose()
    {
        _refill?.Dispose();
        _limiter?.Dispose();
    }

    private static void Raise(ref long field, DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref field);
            if (current >= ticks)
                return;
        }
        while (Interlocked.CompareExchange(ref field, ticks, current) != current);
    }
}
