using System;
using System.Collections.Generic;
using System.Linq;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Push;

/// <summary>
/// The seed's story ("Are retargeting events duplicated?"): Bruce installs greatapp through
/// awesome_network, later re-engages through retar_network's campaign and buys. AppsFlyer pushes the
/// purchase twice: as a non-organic event (awesome_network, is_retargeting false,
/// re_targeting_conversion_type null) and as a retargeting event (retar_network, true, re-engagement).
/// Same event_time, device id and app_id: keep the retargeting one.
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
    public void Without_a_twin_the_message_is_kept_once_the_window_has_passed_in_event_time()
    {
        var deduplicator = new AppsFlyerRetargetingDeduplicator(Window);
        var kept = new List<IAppsFlyerPushMessage>();
        var alone = Bruce(2, "awesome_network", retargeting: false);

        deduplicator.Add(alone, kept);
        deduplicator.Add(Message(2, "other-device", "awesome_network", retargeting: false, Purchase + TimeSpan.FromMinutes(9)), kept);
        Assert.Empty(kept);

        deduplicator.Add(Message(2, "third-device", "awesome_network", retargeting: false, Purchase + TimeSpan.FromMinutes(10.5)), kept);
        Assert.Same(alone, Assert.Single(kept));
        Assert.Equal(2, deduplicator.PendingCount);

        // A twin after the window is not caught: it is kept (the documented limit).
        deduplicator.Add(Bruce(2, "retar_network", retargeting: true), kept);
        Assert.Equal(2, kept.Count);
    }

    [Fact]
    public void ReleaseOlderThan_keeps_held_messages_by_the_wall_clock_when_traffic_is_sparse()
    {
        var deduplicator = new AppsFlyerRetargetingDeduplicator(Window);
        var kept = new List<IAppsFlyerPushMessage>();
        deduplicator.Add(Bruce(2, "awesome_network", retargeting: false), kept);

        deduplicator.ReleaseOlderThan(Purchase + TimeSpan.FromMinutes(5), kept);
        Assert.Empty(kept);
        deduplicator.ReleaseOlderThan(Purchase + TimeSpan.FromMinutes(11), kept);
        Assert.Single(kept);
        Assert.Equal(0, deduplicator.PendingCount);
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
        var deduplicator = new AppsFlyerRetargetingDeduplicator(TimeSpan.FromSeconds(10));
        var kept = new List<IAppsFlyerPushMessage>(capacity: 8);
        for (var i = 0; i < messages.Length / 2; i++)
        {
            deduplicator.Add(messages[i], kept);
            kept.Clear();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = messages.Length / 2; i < messages.Length; i++)
        {
            deduplicator.Add(messages[i], kept);
            kept.Clear();
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(messages.Length / 2, deduplicator.DroppedCount);
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
