using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Sandbox;

namespace MmpTyped.Delivery.Tests;

/// <summary>The vendor's window ends a send: Airbridge 24 h after eventTimestamp, AppsFlyer 02:00 UTC the next day.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public async Task A_retry_that_would_land_after_Airbridges_24_hours_is_not_made_and_the_event_expires()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await DeliveryHarness.StartAsync(time, o => o.Delivery.RetryBudget = TimeSpan.FromHours(1));
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 503, Count = 5, RetryAfterSeconds = 120 });
        var message = TestEvents.AirbridgeApp(time.GetUtcNow());
        message.EventTimestamp = time.GetUtcNow().AddHours(-24).AddMinutes(1); // one minute of the window left

        var result = await harness.Client.SendAsync(message, TestEvents.AirbridgeAppName);

        Assert.Equal(MmpDeliveryOutcome.Expired, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Single(harness.Sandbox.Events);
    }

    [Fact]
    public async Task A_prepared_Airbridge_request_whose_window_ended_while_stored_is_not_sent()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await DeliveryHarness.StartAsync(time);
        Assert.True(harness.Client.TryPrepare(TestEvents.AirbridgeApp(time.GetUtcNow()), TestEvents.AirbridgeAppName, out var request, out _));
        Assert.Equal(time.GetUtcNow().AddMinutes(-1).AddHours(24), request.Deadline);

        time.Advance(TimeSpan.FromHours(25));
        var result = await harness.Client.SendAsync(request);

        Assert.Equal(MmpDeliveryOutcome.Expired, result.Outcome);
        Assert.Equal(0, result.Attempts);
        Assert.Empty(harness.Sandbox.Events);
    }

    [Theory]
    [InlineData(false, MmpDeliveryOutcome.Expired, 0)]
    [InlineData(true, MmpDeliveryOutcome.DeliveredUnverifiable, 1)]
    public async Task An_AppsFlyer_event_after_two_oclock_the_next_day_expires_unless_late_sending_is_on(bool sendLate, MmpDeliveryOutcome expected, int attempts)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 1, TimeSpan.Zero));
        await using var harness = await DeliveryHarness.StartAsync(time, o => o.AppsFlyer.SendAfterEventTimeWindow = sendLate);
        var message = TestEvents.AppsFlyer(eventTime: new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.Zero));

        var result = await harness.Client.SendAsync(message, TestEvents.AppsFlyerApp);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(attempts, result.Attempts);
        Assert.Equal(attempts, harness.Sandbox.Events.Count);
    }

    [Fact]
    public async Task The_retry_budget_ends_a_send_with_its_last_outcome()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DeliveryHarness.StartAsync(time, o =>
        {
            o.Delivery.RetryBudget = TimeSpan.FromSeconds(30);
            o.Delivery.MaxAttempts = 10;
        });
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "affise.s2s", Status = 503, Count = 5, RetryAfterSeconds = 60 });

        var result = await harness.Client.SendAsync(TestEvents.Affise());

        Assert.Equal(MmpDeliveryOutcome.Transient, result.Outcome); // Affise has no window: the budget, not the vendor, ended it
        Assert.Equal(1, result.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(60), result.RetryAfter);
    }
}
