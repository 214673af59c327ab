using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Sandbox;

namespace MmpTyped.Delivery.Tests;

/// <summary>The per-minute limit per vendor and credential, counted on a fake clock, and the slow-down after a 429.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task No_more_than_the_permits_of_a_minute_reach_the_vendor_until_the_next_minute()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DeliveryHarness.StartAsync(time, o =>
        {
            o.Airbridge.PermitsPerMinute = 3;
            o.Delivery.RetryBudget = TimeSpan.FromMinutes(10);
        });

        var sends = Enumerable.Range(0, 5)
            .Select(_ => harness.Client.SendAsync(TestEvents.AirbridgeApp(time.GetUtcNow()), TestEvents.AirbridgeAppName))
            .ToArray();
        await WaitUntil(() => sends.Count(s => s.IsCompleted) >= 3);
        await Task.Delay(200); // give a sixth request the chance to arrive if the limiter let it through

        Assert.Equal(3, harness.Sandbox.Events.Count);
        Assert.Equal(2, sends.Count(s => !s.IsCompleted));

        time.Advance(TimeSpan.FromMinutes(1));
        var results = await Task.WhenAll(sends);

        Assert.All(results, r => Assert.Equal(MmpDeliveryOutcome.Delivered, r.Outcome));
        Assert.Equal(5, harness.Sandbox.Events.Count(e => e.Outcome == SandboxOutcomes.Recorded));
    }

    [Fact]
    public async Task The_in_app_and_in_web_endpoints_share_the_Airbridge_credentials_limit()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DeliveryHarness.StartAsync(time, o =>
        {
            o.Airbridge.PermitsPerMinute = 2;
            o.Delivery.RetryBudget = TimeSpan.FromSeconds(30);
        });

        var app = await harness.Client.SendAsync(TestEvents.AirbridgeApp(time.GetUtcNow()), TestEvents.AirbridgeAppName);
        var web = await harness.Client.SendAsync(TestEvents.AirbridgeWeb(), TestEvents.AirbridgeAppName);
        var third = harness.Client.SendAsync(TestEvents.AirbridgeWeb(), TestEvents.AirbridgeAppName);
        time.Advance(TimeSpan.FromSeconds(31)); // the deadline passes before the next minute's permits
        var result = await third;

        Assert.Equal(MmpDeliveryOutcome.Delivered, app.Outcome);
        Assert.Equal(MmpDeliveryOutcome.Delivered, web.Outcome);
        Assert.Equal(MmpDeliveryOutcome.Throttled, result.Outcome);
        Assert.Equal(0, result.Attempts);
        Assert.Equal(2, harness.Sandbox.Events.Count);
    }

    [Fact]
    public async Task A_429_slows_down_every_send_on_the_route_not_only_the_one_that_got_it()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DeliveryHarness.StartAsync(time, o =>
        {
            o.Delivery.RetryBudget = TimeSpan.FromSeconds(10);
            o.Delivery.MaxAttempts = 1; // the first send gives up at once, leaving only the route's slow-down behind
        });
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 429, Count = 1, RetryAfterSeconds = 60 });

        var throttled = await harness.Client.SendAsync(TestEvents.AirbridgeApp(time.GetUtcNow()), TestEvents.AirbridgeAppName);
        var next = await harness.Client.SendAsync(TestEvents.AirbridgeApp(time.GetUtcNow()), TestEvents.AirbridgeAppName);

        Assert.Equal(MmpDeliveryOutcome.Throttled, throttled.Outcome);
        Assert.Equal(MmpDeliveryOutcome.Throttled, next.Outcome); // the slow-down outlasts its 10 s budget: not sent
        Assert.Equal(0, next.Attempts);
        Assert.Single(harness.Sandbox.Events);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition(), "the condition did not hold within 5 s");
    }
}
