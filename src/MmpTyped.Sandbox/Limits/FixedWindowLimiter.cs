using System;
using System.Threading;

namespace MmpTyped.Sandbox.Limits;

/// <summary>
/// A vendor's "N requests per minute", counted in fixed one-minute windows on the sandbox's clock (so a
/// test moves a fake clock instead of waiting). The vendors document the quota, not how they count it;
/// fixed windows aligned to the minute are the sandbox's assumption.
/// </summary>
internal sealed class FixedWindowLimiter(int permitsPerWindow, TimeSpan window, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _windowIndex = long.MinValue;
    private int _used;

    /// <summary>How many requests one window accepts.</summary>
    public int PermitsPerWindow { get; } = permitsPerWindow;

    /// <summary>Takes one permit; when none is left, false and how long until the next window opens.</summary>
    public bool TryAcquire(out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow().UtcTicks;
        var index = now / window.Ticks;
        lock (_gate)
        {
            if (index != _windowIndex)
            {
                _windowIndex = index;
                _used = 0;
            }
            if (_used < PermitsPerWindow)
            {
                _used++;
                retryAfter = TimeSpan.Zero;
                return true;
            }
        }
        retryAfter = TimeSpan.FromTicks((index + 1) * window.Ticks - now);
        return false;
    }
}
