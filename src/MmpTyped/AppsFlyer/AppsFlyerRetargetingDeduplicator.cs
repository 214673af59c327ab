using System;
using System.Collections.Generic;

namespace MmpTyped.AppsFlyer;

/// <summary>
/// Drops the second copy of a retargeting in-app event. When an endpoint receives both retargeting and
/// organic or non-organic in-app events, AppsFlyer pushes such an event twice: once with the original
/// media source (<c>retargeting_conversion_type</c> null) and once with the retargeting network's
/// (<c>re-engagement</c> or <c>re-attribution</c>). AppsFlyer's rule: two messages with the same
/// <c>event_time</c>, AppsFlyer device id and <c>app_id</c> are one event; keep the retargeting one and drop
/// the one whose <c>retargeting_conversion_type</c> is null (<c>""</c> counts as null).
/// </summary>
/// <remarks>
/// <para>The copies arrive in either order, close together, so a message that is not retargeting is held
/// until its twin comes or the window has passed since it arrived. Arrival is read from the
/// <see cref="TimeProvider"/> given (the system clock by default), not from the messages, so a device's
/// wrong clock or a late batch cannot stall or cut short the window. On a live endpoint call
/// <see cref="ReleaseExpired"/> now and then (a timer) when traffic is sparse, and <see cref="Flush"/> at the end.</para>
/// <para>A retargeting message is kept at once. A message without <c>event_time</c>, device id or <c>app_id</c>
/// cannot have a twin and is kept at once. A twin that comes after the window has passed is not caught.
/// Kept messages come out as they are decided, so not always in arrival order. Not thread-safe: use one per
/// consumer. After warm-up it allocates nothing per message (the keys hold the messages' own strings).</para>
/// </remarks>
public sealed class AppsFlyerRetargetingDeduplicator
{
    private readonly Dictionary<TwinKey, Slot> _slots = [];
    private readonly PriorityQueue<TwinKey, long> _expiry = new(); // by arrival time, in ticks
    private readonly TimeProvider _clock;

    /// <summary>Creates a deduplicator that holds a message up to <paramref name="window"/> after it arrived, waiting for its twin.</summary>
    /// <param name="window">How long to wait; AppsFlyer sends the two copies together, so minutes are plenty.</param>
    /// <param name="clock">What tells the arrival time; the system clock when null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is negative.</exception>
    public AppsFlyerRetargetingDeduplicator(TimeSpan window, TimeProvider? clock = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        Window = window;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>How long after its arrival a message that is not retargeting waits for its retargeting twin.</summary>
    public TimeSpan Window { get; }

    /// <summary>Messages held, waiting for a twin or for the window to pass.</summary>
    public int PendingCount { get; private set; }

    /// <summary>Messages dropped so far as the non-retargeting copy of a retargeting event.</summary>
    public long DroppedCount { get; private set; }

    /// <summary>
    /// Takes the next message. Whatever is now decided to be kept is added to <paramref name="kept"/>: held
    /// messages whose window has passed, and this message when it is retargeting or has no key.
    /// </summary>
    public void Add(IAppsFlyerPushMessage message, ICollection<IAppsFlyerPushMessage> kept)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(kept);
        var arrival = _clock.GetUtcNow().UtcTicks;
        Release(arrival - Window.Ticks, kept);
        if (!TwinKey.TryCreate(message, out var key))
        {
            kept.Add(message);
            return;
        }

        var isRetargeting = IsRetargeting(message);
        if (_slots.TryGetValue(key, out var slot))
        {
            if (isRetargeting)
            {
                DroppedCount += slot.HeldCount;
                PendingCount -= slot.HeldCount;
                _slots[key] = Slot.Retargeting;
                kept.Add(message);
            }
            else if (slot.RetargetingSeen)
            {
                DroppedCount++;
            }
            else
            {
                _slots[key] = slot.Hold(message);
                PendingCount++;
            }
        }
        else
        {
            _slots.Add(key, isRetargeting ? Slot.Retargeting : Slot.Holding(message));
            _expiry.Enqueue(key, arrival);
            if (isRetargeting)
                kept.Add(message);
            else
                PendingCount++;
        }
    }

    /// <summary>Keeps every held message that arrived longer than the window ago: its twin is not coming.</summary>
    public void ReleaseExpired(ICollection<IAppsFlyerPushMessage> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        Release(_clock.GetUtcNow().UtcTicks - Window.Ticks, kept);
    }

    /// <summary>Keeps every held message (the stream has ended) and forgets every key.</summary>
    public void Flush(ICollection<IAppsFlyerPushMessage> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        Release(long.MaxValue, kept);
    }

    /// <summary>
    /// The messages of <paramref name="messages"/> without the non-retargeting copies of retargeting events,
    /// as they are decided. Read from a batch faster than the window, every held message waits for the
    /// batch's end, so twins are caught however far apart they stand in it.
    /// </summary>
    public static IEnumerable<IAppsFlyerPushMessage> Deduplicate(IEnumerable<IAppsFlyerPushMessage> messages, TimeSpan window, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var deduplicator = new AppsFlyerRetargetingDeduplicator(window, clock);
        return Run(deduplicator, messages);

        static IEnumerable<IAppsFlyerPushMessage> Run(AppsFlyerRetargetingDeduplicator deduplicator, IEnumerable<IAppsFlyerPushMessage> messages)
        {
            var kept = new List<IAppsFlyerPushMessage>();
            foreach (var message in messages)
            {
                deduplicator.Add(message, kept);
                foreach (var decided in kept)
                    yield return decided;
                kept.Clear();
            }
            deduplicator.Flush(kept);
            foreach (var decided in kept)
                yield return decided;
        }
    }

    private static bool IsRetargeting(IAppsFlyerPushMessage message) =>
        message.RetargetingConversionType is AppsFlyerPushV2MessageRetargetingConversionType.ReEngagement
            or AppsFlyerPushV2MessageRetargetingConversionType.ReAttribution;

    // Every slot whose message arrived before beforeTicks: its held copies are kept, its key forgotten.
    private void Release(long beforeTicks, ICollection<IAppsFlyerPushMessage> kept)
    {
        while (_expiry.TryPeek(out var key, out var ticks) && ticks < beforeTicks)
        {
            _expiry.Dequeue();
            var slot = _slots[key];
            _slots.Remove(key);
            PendingCount -= slot.HeldCount;
            slot.KeepHeld(kept);
        }
    }

    /// <summary>What identifies one event: the time in ticks, and the device and app ids (the message's own strings).</summary>
    private readonly record struct TwinKey(long Ticks, string DeviceId, string AppId)
    {
        public static bool TryCreate(IAppsFlyerPushMessage message, out TwinKey key)
        {
            key = default;
            if (message.EventTime is not { } time || string.IsNullOrEmpty(message.AppsflyerId) || string.IsNullOrEmpty(message.AppId))
                return false;
            key = new TwinKey(time.UtcTicks, message.AppsflyerId, message.AppId);
            return true;
        }
    }

    /// <summary>
    /// One key's state: whether its retargeting copy came, and the copies held until then (one, nearly
    /// always; a list only when AppsFlyer sent several non-retargeting copies).
    /// </summary>
    private readonly record struct Slot(bool RetargetingSeen, IAppsFlyerPushMessage? First, List<IAppsFlyerPushMessage>? More)
    {
        public static Slot Retargeting => new(true, null, null);

        public static Slot Holding(IAppsFlyerPushMessage message) => new(false, message, null);

        public int HeldCount => (First is null ? 0 : 1) + (More?.Count ?? 0);

        public Slot Hold(IAppsFlyerPushMessage message)
        {
            if (First is null)
                return this with { First = message };
            var more = More ?? [];
            more.Add(message);
            return this with { More = more };
        }

        public void KeepHeld(ICollection<IAppsFlyerPushMessage> kept)
        {
            if (First is not null)
                kept.Add(First);
            if (More is not null)
            {
                foreach (var message in More)
                    kept.Add(message);
            }
        }
    }
}
