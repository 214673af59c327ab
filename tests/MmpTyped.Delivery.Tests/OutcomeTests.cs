using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MmpTyped.Sandbox;

namespace MmpTyped.Delivery.Tests;

/// <summary>Every outcome for every vendor, over real HTTP against the sandbox.</summary>
public sealed class OutcomeTests
{
    public static TheoryData<string> Schemas => new() { "appsflyer.s2s", "airbridge.app", "airbridge.web", "affise.s2s" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task A_valid_event_is_delivered_and_recorded_once(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        var expected = schemaId == "appsflyer.s2s" ? MmpDeliveryOutcome.DeliveredUnverifiable : MmpDeliveryOutcome.Delivered;
        Assert.Equal(expected, result.Outcome);
        Assert.True(result.IsDelivered);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(200, result.StatusCode);
        var recorded = Assert.Single(harness.EventsOf(schemaId));
        Assert.Equal(SandboxOutcomes.Recorded, recorded.Outcome);
        if (schemaId == "appsflyer.s2s")
            Assert.Null(result.IdempotencyKey);
        else
            Assert.Contains(result.IdempotencyKey!, recorded.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task An_event_the_vendor_would_drop_is_refused_and_nothing_is_sent(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var now = DateTimeOffset.UtcNow;
        (IMmpEvent message, string? app, string code) = schemaId switch
        {
            "appsflyer.s2s" => ((IMmpEvent)TestEvents.AppsFlyer(), (string?)"123456789", "MMP008"), // iOS id without 'id'
            "airbridge.app" => (WithoutUser(TestEvents.AirbridgeApp(now)), TestEvents.AirbridgeAppName, "MMP001"),
            "airbridge.web" => (MmpTyped.Airbridge.AirbridgeWebEvent.Parse("""{"eventData":{"goal":{"category":"x"}}}"""u8), TestEvents.AirbridgeAppName, "MMP001"),
            _ => (MmpTyped.Affise.AffiseEvent.Parse("""{"event":{"affise_event_name":"Purchase"}}"""u8), null, "MMP001"),
        };

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Refused, result.Outcome);
        Assert.Equal(0, result.Attempts);
        Assert.Contains(result.Errors, e => e.Code == code);
        Assert.Empty(harness.Sandbox.Events);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task A_permanent_rejection_is_reported_with_the_vendors_reason_and_not_retried(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        // Bytes that bypass Validate(), as an outbox row written by an older version might: each vendor answers 400.
        var body = schemaId switch
        {
            "appsflyer.s2s" => """{"eventName":"af_purchase","eventValue":""}""",
            "affise.s2s" => """{"affise_device_id":"3d973489-e784-4f5d-8e51-9bee0ac16b00"}""",
            _ => """{"user":{"externalUserID":"1"}}""",
        };
        var app = schemaId == "affise.s2s" ? null : schemaId == "appsflyer.s2s" ? TestEvents.AppsFlyerApp : TestEvents.AirbridgeAppName;
        var request = new MmpDeliveryRequest(schemaId, app, Encoding.UTF8.GetBytes(body), null, null, null);

        var result = await harness.Client.SendAsync(request);

        Assert.Equal(MmpDeliveryOutcome.Rejected, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(400, result.StatusCode);
        Assert.StartsWith("HTTP 400: ", result.Reason, StringComparison.Ordinal);
        Assert.Equal(SandboxOutcomes.Rejected, Assert.Single(harness.Sandbox.Events).Outcome);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task A_wrong_key_is_a_configuration_error_that_pauses_the_route(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o =>
        {
            o.AppsFlyer.S2SKey = "wrong-af";
            o.Airbridge.ApiToken = "wrong-ab";
            o.Affise.ApiKey = "wrong-affise";
        });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var first = await harness.Client.SendAsync(message, app);
        var second = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.ConfigurationError, first.Outcome);
        Assert.Equal(401, first.StatusCode);
        Assert.Equal(1, first.Attempts);
        Assert.Equal(MmpDeliveryOutcome.ConfigurationError, second.Outcome);
        Assert.Equal(0, second.Attempts); // paused: not sent at all
        Assert.Single(harness.Sandbox.Events);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Critical && r.Id.Id == 1305);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Throttling_until_the_attempts_run_out_is_throttled_with_the_retry_after(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o => o.Delivery.MaxAttempts = 3);
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Status = 429, Count = 10, RetryAfterSeconds = 0 });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Throttled, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(TimeSpan.Zero, result.RetryAfter);
        Assert.Equal(3, harness.Sandbox.Events.Count);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Server_errors_until_the_attempts_run_out_are_transient(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o => o.Delivery.MaxAttempts = 3);
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Status = 503, Count = 10 });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal("HTTP 503: Service Unavailable", result.Reason);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task A_conflict_answer_is_a_duplicate(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Status = 409, Count = 1 });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Duplicate, result.Outcome);
        Assert.True(result.IsDelivered);
        Assert.Equal(1, result.Attempts);
    }

    [Theory]
    [InlineData("airbridge.app")]
    [InlineData("airbridge.web")]
    public async Task Sending_a_prepared_request_twice_reaches_the_vendor_as_one_event(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);
        Assert.True(harness.Client.TryPrepare(message, app, out var request, out _));

        var first = await harness.Client.SendAsync(request);
        var second = await harness.Client.SendAsync(request);

        Assert.Equal(MmpDeliveryOutcome.Delivered, first.Outcome);
        Assert.Equal(MmpDeliveryOutcome.Delivered, second.Outcome); // Airbridge answers a replay as it answers the first
        Assert.Equal([SandboxOutcomes.Recorded, SandboxOutcomes.Duplicate], harness.Sandbox.Events.Select(e => e.Outcome));
    }

    private static MmpTyped.Airbridge.AirbridgeAppEvent WithoutUser(MmpTyped.Airbridge.AirbridgeAppEvent message)
    {
        message.User = null;
        return message;
    }
}
