using System;
using System.Collections.Generic;
using System.Linq;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Push;

/// <summary>
/// The story in AppsFlyer's help-center article 'Push API V1.0 real-time raw data' ("Are retargeting events duplicated?"): Bruce installs greatapp through
/// awesome_network, later re-engages through retar_network's campaign and buys. AppsFlyer pushes the
/// purchase twice: as a non-organic event (awesome_network, is_retargeting false,
/// re_targeting_conversion_type null) and as a retargeting event (retar_network, true, re-engagement).
/// Same event_time, device id and app_id: keep the retargeting one. Windows are measured on arrival,
/// with a clock the tests move by hand.
/// </summary>
public sealed class RetargetingDeduplicatorTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Of_Bruces_two_purchase_messages_the_retargeting_one_is_kept_in_either_order(int version)
    {
        var nonOrganic = Bruce(version, "awesome_network", retargeting: false);
        var retargeting = Bruce(version, "retar_network", retargeting: true);

        foreach (var order in new[] { new[] { nonOrganic, retargeting }, new[] { retargeting, nonOrganic } })
        {
            var kept = AppsFlyerRetargetingDeduplicator.Deduplicate(order, Window).ToList();

            Assert.Same(retargeting, Assert.Single(kept));
        }
    }

    [Fact]
    public void The_non_organic_copy_is_held_until_its_twin_comes_and_then_dropped()
    {
        var deduplicator = new AppsFlyerRetargetingDeduplicator(Window);
        var kept = new List<IAppsFlyerPushMessage>();

        deduplicator.Add(Bruce(2, "awesome_network", retargeting: false), kept);
        Assert.Empty(kept);
        Assert.Equal(1, deduplicator.PendingCount);

        var retargeting = Bruce(2, "retar_network", retargeting: true);
        deduplicator.Add(retargeting, kept);
        Assert.Same(retargeting, Assert.Single(kept));
        Assert.Equal((0, 1L), (deduplicator.PendingCount, deduplicator.DroppedCount));

        deduplicator.Flush(kept);
        Assert.Single(kept);
    }

    [Fact]
    public void Without_a_twin_the_message_is_kept_once_the_window_has_passed_since_it_arrived()
    {
        var clock = new ManualClock();
        var deduplicator = new AppsFlyerRetargetingDeduplicator(Window, clock);
        var kept = new List<IAppsFlyerPushMessage>();
        var alone = Bruce(2, "awesome_network", retargeting: false);

        deduplicator.Add(alone, kept);
        clock.Advance(TimeSpan.FromMinutes(9));
        deduplicator.Add(Message(2, "other-device", "awesome_network", retargeting: false, Purchase), kept);
        Assert.Empty(kept);

        clock.Advance(TimeSpan.FromMinutes(1.5));
        deduplicator.Add(Message(2, "third-device", "awesome_network", retargeting: false, Purchase), kept);
        Assert.Same(alone, Assert.Single(kept));
        Assert.Equal(2, deduplicator.PendingCount);

        // A twin after the window is not caught: it is kept (the documented limit).
        deduplicator.Add(Bruce(2, "retar_network", retargeting: true), kept);
        Assert.Equal(2, kept.Count);
    }

    [Fact]
    public void ReleaseExpired_keeps_held_messages_by_the_clock_when_traffic_is_sparse()
    {
        var clock = new ManualClock();
        var deduplicator = new AppsFlyerRetargetingDeduplicator(Window, clock);
        var kept = new List<IAppsFlyerPushMessage>();
        deduplicator.Add(Bruce(2, "awesome_network", retargeting: false), kept);

        clock.Advance(TimeSpan.FromMinutes(5));
        deduplicator.ReleaseExpired(kept);
        Assert.Empty(kept);
        clock.Advance(TimeSpan.FromMinutes(6));
        deduplicator.ReleaseExpired(kept);
        Assert.Single(kept);
        Assert.Equal(0, deduplicator.PendingCount);
    }

    [Fact]
    public void A_message_from_a_wrong_device_clock_neither_stalls_nor_cuts_the_window_of_others()
    {
        var clock = new ManualClock();
        var deduplicator = new AppsFlyerRetargetingDeduplicator(Window, clock);
        var kept = new List<IAppsFlyerPushMessage>();

        // An event dated a year ahead, then Bruce's two copies (dated long ago) a minute apart.
        deduplicator.Add(Message(2, "future-device", "awesome_network", retargeting: false, Purchase.AddYears(1)), kept);
        deduplicator.Add(Bruce(2, "awesome_network", retargeting: false), kept);
        clock.Advance(TimeSpan.FromMinutes(1));
        var retargeting = Bruce(2, "retar_network", retargeting: true);
        deduplicator.Add(retargeting, kept);
        Assert.Same(retargeting, Assert.Single(kept));

        // The future-dated one is released by its arrival like any other.
        clock.Advance(TimeSpan.FromMinutes(10));
        deduplicator.ReleaseExpired(kept);
        Assert.Equal(2, kept.Count);
        Assert.Equal((0, 1L), (deduplicator.PendingCount, deduplicator.DroppedCount));
    }

    [Fact]
    public void Messages_that_differ_in_device_app_or_time_are_not_twins()
    {
        IAppsFlyerPushMessage[] messages =
        [
            Bruce(2, "awesome_network", retargeting: false),
            Message(2, "another-device", "retar_network", retargeting: true, Purchase),
            Message(2, Device, "retar_network", retargeting: true, Purchase + TimeSpan.FromMilliseconds(1)),
            Message(2, Device, "retar_network", retargeting: true, Purchase, appId: "com.other.app"),
        ];

        Assert.Equal(4, AppsFlyerRetargetingDeduplicator.Deduplicate(messages, Window).Count());
    }

    [Fact]
    public void An_empty_conversion_type_counts_as_null_and_a_message_without_a_key_is_kept_at_once()
    {
        var empty = Parse(1, """{"event_type":"in-app-event","re_targeting_conversion_type":"","appsflyer_device_id":"BRUCE-DEVICE","app_id":"id123456789","event_time":"2018-12-13 10:40:33.459"}""");
        var retargeting = Bruce(1, "retar_network", retargeting: true);
        Assert.Same(retargeting, Assert.Single(AppsFlyerRetargetingDeduplicator.Deduplicate([empty, retargeting], Window)));

        var deduplicator = new AppsFlyerRetargetingDeduplicator(Window);
        var kept = new List<IAppsFlyerPushMessage>();
        var noTime = Parse(2, """{"api_version":"2.0","appsflyer_id":"BRUCE-DEVICE","app_id":"id123456789"}""");
        deduplicator.Add(noTime, kept);
        Assert.Same(noTime, Assert.Single(kept));
    }

    [Fact]
    public void A_negative_window_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AppsFlyerRetargetingDeduplicator(TimeSpan.FromSeconds(-1)));

    [Fact]
    public void After_warm_up_a_steady_stream_allocates_nothing_per_message()
    {
        // 64 events a second, each pushed twice; the window holds about 640 keys at any time.
        var messages = Enumerable.Range(0, 4096)
            .SelectMany(i => new[]
            {
                Message(2, "device-" + (i % 97), "awesome_network", retargeting: false, Purchase + TimeSpan.FromMilliseconds(i * 15.625)),
                Message(2, "device-" + (i % 97), "retar_network", retargeting: true, Purchase + TimeSpan.FromMilliseconds(i * 15.625)),
            })
            .ToArray();
        var clock = new ManualClock();
        var deduplicator = new AppsFlyerRetargetingDeduplicator(TimeSpan.FromSeconds(10), clock);
        var kept = new List<IAppsFlyerPushMessage>(capacity: 8);
        for (var i = 0; i < messages.Length / 2; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(7.8125));
            deduplicator.Add(messages[i], kept);
            kept.Clear();
        }

        // Four stretches of the steady stream, measured apart: a per-message cost shows in every one, while
        // a one-off of the runtime's (a type load or tier-up while other tests run) shows in one at most.
        var allocated = new long[4];
        var stretch = messages.Length / 2 / allocated.Length;
        for (var s = 0; s < allocated.Length; s++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = messages.Length / 2 + (s * stretch); i < messages.Length / 2 + ((s + 1) * stretch); i++)
            {
                clock.Advance(TimeSpan.FromMilliseconds(7.8125));
                deduplicator.Add(messages[i], kept);
                kept.Clear();
            }
            allocated[s] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(allocated.Count(a => a == 0) >= 3, "allocated per stretch of " + stretch + " messages: " + string.Join(", ", allocated));
        Assert.Equal(messages.Length / 2, deduplicator.DroppedCount);
    }

    /// <summary>A clock the test moves by hand: arrival times without waiting.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }

    private const string Device = "BRUCE-DEVICE";
    private static readonly DateTimeOffset Purchase = new(2018, 12, 13, 10, 40, 33, 459, TimeSpan.Zero);

    private static IAppsFlyerPushMessage Bruce(int version, string mediaSource, bool retargeting) =>
        Message(version, Device, mediaSource, retargeting, Purchase);

    // The two messages of the story, as each version names its fields (V1: appsflyer_device_id and
    // re_targeting_conversion_type; V2: appsflyer_id and retargeting_conversion_type).
    private static IAppsFlyerPushMessage Message(int version, string device, string mediaSource, bool retargeting, DateTimeOffset time, string appId = "id123456789")
    {
        var eventTime = time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);
        var conversion = retargeting ? "\"re-engagement\"" : "null";
        var json = version == 1
            ? $$"""{"event_type":"in-app-event","event_name":"af_purchase","media_source":"{{mediaSource}}","is_retargeting":{{(retargeting ? "true" : "false")}},"re_targeting_conversion_type":{{conversion}},"appsflyer_device_id":"{{device}}","app_id":"{{appId}}","event_time":"{{eventTime}}"}"""
            : $$"""{"api_version":"2.0","event_name":"af_purchase","media_source":"{{mediaSource}}","is_retargeting":{{(retargeting ? "true" : "false")}},"retargeting_conversion_type":{{conversion}},"appsflyer_id":"{{device}}","app_id":"{{appId}}","event_time":"{{eventTime}}"}""";
        return Parse(version, json);
    }

    private static IAppsFlyerPushMessage Parse(int version, string json)
    {
        var message = AppsFlyerPush.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.IsType(version == 1 ? typeof(AppsFlyerPushV1Message) : typeof(AppsFlyerPushV2Message), message);
        return message;
    }
}
