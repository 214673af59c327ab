using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MmpTyped.Sandbox;
using MmpTyped.Testing;

namespace MmpTyped.Delivery.Tests.FanOut;

/// <summary>
/// One event defined once, sent to every vendor in one call, over real HTTP to the sandbox: every vendor gets its
/// own result, and one vendor's refusal, rejection, outage, missing settings or exception never stops the others.
/// </summary>
public sealed class SendToAllTests
{
    private static readonly MmpAppIds Apps = new() { AppsFlyerAppId = TestEvents.AppsFlyerApp, AirbridgeAppName = TestEvents.AirbridgeAppName };
    private static readonly string[] Vendors = ["appsflyer.s2s", "airbridge.app", "affise.s2s"];

    [Fact]
    public async Task Every_vendor_gets_the_event_and_its_own_result()
    {
        await using var harness = await DeliveryHarness.StartAsync();

        var results = await harness.Client.SendToAllAsync(Purchase("o-1"), Apps);

        Assert.Equal(Vendors, results.Select(r => r.SchemaId));
        Assert.All(results, r => Assert.Equal(MmpVendorStatus.Prepared, r.Status));
        Assert.All(results, r => Assert.True(r.IsDelivered, r.ToString()));
        Assert.Equal(MmpDeliveryOutcome.DeliveredUnverifiable, results[0].Result!.Outcome);
        Assert.Equal(MmpDeliveryOutcome.Delivered, results[1].Result!.Outcome);
        Assert.Equal(MmpDeliveryOutcome.Delivered, results[2].Result!.Outcome);
        foreach (var vendor in Vendors)
        {
            var recorded = Assert.Single(harness.EventsOf(vendor));
            Assert.Equal(SandboxOutcomes.Recorded, recorded.Outcome);
            Assert.Contains("o-1", recorded.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_vendor_missing_its_identifier_is_refused_alone()
    {
        await using var harness = await DeliveryHarness.StartAsync();

        var results = await harness.Client.SendToAllAsync(Purchase("o-2") with { AffiseDeviceId = null }, Apps);

        var affise = results[2];
        Assert.Equal(MmpVendorStatus.Refused, affise.Status);
        Assert.Equal(MmpDeliveryOutcome.Refused, affise.Result!.Outcome);
        Assert.Contains(affise.Result.Errors, e => e.Code == "MMP001");
        Assert.Empty(harness.EventsOf("affise.s2s"));
        Assert.True(results[0].IsDelivered, results[0].ToString());
        Assert.True(results[1].IsDelivered, results[1].ToString());
        Assert.Single(harness.EventsOf("appsflyer.s2s"));
        Assert.Single(harness.EventsOf("airbridge.app"));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1303 && r.Message.Contains("affise.s2s", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(400, MmpDeliveryOutcome.Rejected)]
    [InlineData(401, MmpDeliveryOutcome.ConfigurationError)]
    [InlineData(429, MmpDeliveryOutcome.Throttled)]
    [InlineData(503, MmpDeliveryOutcome.Transient)]
    public async Task A_vendor_answering_an_error_every_time_does_not_stop_the_others(int status, MmpDeliveryOutcome outcome)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = status, Count = 100, RetryAfterSeconds = status == 429 ? 0 : null });

        var results = await harness.Client.SendToAllAsync(Purchase("o-3"), Apps);

        var airbridge = results[1];
        Assert.Equal(MmpVendorStatus.Prepared, airbridge.Status);
        Assert.Equal(outcome, airbridge.Result!.Outcome);
        Assert.Equal(status, airbridge.Result.StatusCode);
        Assert.False(airbridge.IsDelivered);
        Assert.True(results[0].IsDelivered, results[0].ToString());
        Assert.True(results[2].IsDelivered, results[2].ToString());
        Assert.Equal(SandboxOutcomes.Recorded, Assert.Single(harness.EventsOf("appsflyer.s2s")).Outcome);
        Assert.Equal(SandboxOutcomes.Recorded, Assert.Single(harness.EventsOf("affise.s2s")).Outcome);
    }

    [Fact]
    public async Task A_vendor_without_a_credential_or_a_route_is_skipped_and_reported()
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o =>
        {
            o.Affise.ApiKey = null;
            o.Affise.BaseUrl = null;
        });
        var purchase = Purchase("o-5") with { More = [new MmpVendorEvent("acme.track", TestEvents.Affise())] };

        var results = await harness.Client.SendToAllAsync(purchase, Apps);

        Assert.Equal(4, results.Count);
        Assert.Equal(MmpVendorStatus.NotConfigured, results[2].Status);
        Assert.Null(results[2].Result);
        Assert.Equal("MmpTyped:Affise:ApiKey is not set", results[2].Reason);
        Assert.Equal("NotConfigured affise.s2s: MmpTyped:Affise:ApiKey is not set", results[2].ToString());
        Assert.Equal(MmpVendorStatus.NotConfigured, results[3].Status);
        Assert.StartsWith("this client sends no 'acme.track'", results[3].Reason, StringComparison.Ordinal);
        Assert.True(results[0].IsDelivered, results[0].ToString());
        Assert.True(results[1].IsDelivered, results[1].ToString());
        Assert.Empty(harness.EventsOf("affise.s2s"));
        var skipped = harness.Logs.GetSnapshot().Where(r => r.Id.Id == 1309).ToList();
        Assert.Equal(2, skipped.Count);
        Assert.All(skipped, r => Assert.Equal(LogLevel.Warning, r.Level));
    }

    [Fact]
    public async Task A_vendor_left_unconfigured_warns_once_then_logs_its_skips_at_debug_level()
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o =>
        {
            o.Affise.ApiKey = null;
            o.Affise.BaseUrl = null;
        });

        for (var i = 0; i < 3; i++)
            Assert.Equal(MmpVendorStatus.NotConfigured, (await harness.Client.SendToAllAsync(Purchase($"o-q{i}"), Apps))[2].Status);

        var skipped = harness.Logs.GetSnapshot().Where(r => r.Id.Id == 1309).ToList();
        Assert.Equal([LogLevel.Warning, LogLevel.Debug, LogLevel.Debug], skipped.Select(r => r.Level));
        Assert.All(skipped, r => Assert.Equal("affise.s2s of a multi-vendor event skipped, nothing sent or stored for it: MmpTyped:Affise:ApiKey is not set", r.Message));
    }

    [Fact]
    public async Task A_vendor_whose_message_cannot_be_prepared_fails_alone_with_the_reason()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        // No Airbridge app name: its URL cannot be built, which a single send throws for.
        var results = await harness.Client.SendToAllAsync(Purchase("o-6"), Apps with { AirbridgeAppName = null });

        Assert.Equal(MmpVendorStatus.Failed, results[1].Status);
        Assert.Null(results[1].Result);
        Assert.StartsWith("ArgumentException: airbridge.app needs the Airbridge app name", results[1].Reason, StringComparison.Ordinal);
        Assert.False(results[1].IsDelivered);
        Assert.True(results[0].IsDelivered, results[0].ToString());
        Assert.True(results[2].IsDelivered, results[2].ToString());
        Assert.Empty(harness.EventsOf("airbridge.app"));
        var failed = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1310);
        Assert.Equal(LogLevel.Error, failed.Level);
    }

    [Fact]
    public async Task A_message_of_another_schema_than_it_is_declared_for_is_not_sent_to_the_wrong_endpoint()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var purchase = Purchase("o-7") with { More = [new MmpVendorEvent("airbridge.app", TestEvents.Affise())] };

        var results = await harness.Client.SendToAllAsync(purchase, Apps);

        Assert.Equal(MmpVendorStatus.Failed, results[3].Status);
        Assert.Contains("an event of affise.s2s", results[3].Reason, StringComparison.Ordinal);
        Assert.Single(harness.EventsOf("airbridge.app"));
        Assert.Single(harness.EventsOf("affise.s2s"));
    }

    [Fact]
    public async Task A_vendor_that_does_not_answer_holds_up_no_other_vendor_and_cancelling_ends_its_send()
    {
        // AppsFlyer, first in the event, holds its answer for a minute, longer than the test waits for the others: sent
        // one after the other, Airbridge and Affise would not reach the sandbox before AppsFlyer's attempt ended.
        await using var harness = await DeliveryHarness.StartAsync(configure: o => o.Delivery.AttemptTimeout = TimeSpan.FromSeconds(50));
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "appsflyer.s2s", DelayMs = 60_000, Count = 1 });
        using var cancel = new System.Threading.CancellationTokenSource();

        var sending = harness.Client.SendToAllAsync(Purchase("o-4"), Apps, cancel.Token);

        Assert.True(await Eventually(() => harness.EventsOf("airbridge.app").Count == 1 && harness.EventsOf("affise.s2s").Count == 1),
            "Airbridge and Affise waited for AppsFlyer");
        Assert.All(harness.Sandbox.Events, e => Assert.Equal(SandboxOutcomes.Recorded, e.Outcome));
        Assert.Empty(harness.EventsOf("appsflyer.s2s"));
        Assert.False(sending.IsCompleted);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    private static OncePurchase Purchase(string orderId) => new() { OrderId = orderId, Happened = DateTimeOffset.UtcNow.AddMinutes(-1) };

    /// <summary>Waits (bounded, 30 s) until <paramref name="done"/> holds.</summary>
    private static async Task<bool> Eventually(Func<bool> done)
    {
        for (var waited = 0; waited < 30_000 && !done(); waited += 20)
            await Task.Delay(20);
        return done();
    }
}
