using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using MmpTyped.Sandbox;

namespace MmpTyped.Delivery.Tests;

/// <summary>
/// Affise asks for an <c>affise_event_id</c> "new for each event" but documents no de-duplication by it, and the
/// sandbox (like the client) assumes none: a copy that reached Affise counts again. So Affise is retried only when
/// the first copy cannot have arrived, as AppsFlyer is.
/// </summary>
public sealed class AffiseReplayTests
{
    [Fact]
    public async Task The_same_affise_event_id_sent_twice_is_recorded_twice()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        Assert.True(harness.Client.TryPrepare(TestEvents.Affise(), null, out var request, out _));

        var first = await harness.Client.SendAsync(request);
        var second = await harness.Client.SendAsync(request);

        Assert.Equal(MmpDeliveryOutcome.Delivered, first.Outcome);
        Assert.Equal(MmpDeliveryOutcome.Delivered, second.Outcome); // not Duplicate: nothing dropped the copy
        var recorded = harness.EventsOf("affise.s2s");
        Assert.Equal(2, recorded.Count(e => e.Outcome == SandboxOutcomes.Recorded));
        Assert.All(recorded, e => Assert.Equal(request.IdempotencyKey, EventIdOf(e.Body!)));
    }

    [Fact]
    public async Task An_attempt_that_timed_out_after_the_body_went_out_is_not_retried()
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o => o.Delivery.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "affise.s2s", DelayMs = 5_000, Count = 3 });

        var result = await harness.Client.SendAsync(TestEvents.Affise());

        Assert.Equal(MmpDeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.False(result.MayRetry);
        Assert.Contains("timed out", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Airbridge_retries_an_attempt_that_timed_out_because_it_drops_the_copy_by_its_eventUUID()
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o => o.Delivery.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", DelayMs = 5_000, Count = 1 });

        var result = await harness.Client.SendAsync(TestEvents.AirbridgeApp(DateTimeOffset.UtcNow), TestEvents.AirbridgeAppName);

        Assert.Equal(MmpDeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task A_connection_that_never_opened_is_retried_because_Affise_cannot_have_the_event()
    {
        var closedPort = ClosedLoopbackPort();
        await using var harness = await DeliveryHarness.StartAsync(configure: o => o.Affise.BaseUrl = new Uri($"http://127.0.0.1:{closedPort}/"));

        var result = await harness.Client.SendAsync(TestEvents.Affise());

        Assert.Equal(MmpDeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(4, result.Attempts); // the harness's MaxAttempts: every refusal was retried
        Assert.True(result.MayRetry);
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string? EventIdOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("event").GetProperty("affise_event_id").GetString();
    }
}
