using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Sandbox;

namespace MmpTyped.Delivery.Tests;

/// <summary>Which failures are retried, how often, and with the same bytes.</summary>
public sealed class RetryTests
{
    [Theory]
    [InlineData("airbridge.app", 503)]
    [InlineData("airbridge.app", 429)]
    [InlineData("airbridge.web", 500)]
    [InlineData("affise.s2s", 503)]
    [InlineData("affise.s2s", 429)]
    [InlineData("appsflyer.s2s", 503)]
    [InlineData("appsflyer.s2s", 429)]
    public async Task Two_retryable_failures_then_success_take_three_attempts(string schemaId, int status)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Status = status, Count = 2, RetryAfterSeconds = status == 429 ? 0 : null });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.True(result.IsDelivered, result.ToString());
        Assert.Equal(3, result.Attempts);
        Assert.Equal([SandboxOutcomes.Failed, SandboxOutcomes.Failed, SandboxOutcomes.Recorded], harness.Sandbox.Events.Select(e => e.Outcome));
    }

    [Theory]
    [InlineData("airbridge.app")]
    [InlineData("airbridge.web")]
    public async Task Connection_resets_are_retried_where_the_vendor_deduplicates(string schemaId)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Reset = true, Count = 2 });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, harness.Sandbox.Events.Count);
    }

    [Theory]
    [InlineData("appsflyer.s2s", null, 500)] // a 500 may follow a recorded event
    [InlineData("appsflyer.s2s", true, null)] // so may a reset after the body went out
    [InlineData("affise.s2s", null, 500)] // Affise does not document de-duplication either
    [InlineData("affise.s2s", true, null)]
    [InlineData("affise.s2s", null, 502)]
    public async Task A_vendor_without_documented_deduplication_is_not_retried_when_it_may_have_the_event(string schemaId, bool? reset, int? status)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Reset = reset ?? false, Status = status, Count = 3 });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.False(result.MayRetry); // an outbox must not replay it either
        Assert.Single(harness.Sandbox.Events);
    }

    [Theory]
    [InlineData("appsflyer.s2s", 400)]
    [InlineData("airbridge.app", 400)]
    [InlineData("airbridge.web", 422)]
    [InlineData("affise.s2s", 404)]
    public async Task A_permanent_rejection_is_sent_once(string schemaId, int status)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Status = status, Count = 5 });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Rejected, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Single(harness.Sandbox.Events);
    }

    [Theory]
    [InlineData("airbridge.app", "eventUUID")]
    [InlineData("affise.s2s", "affise_event_id")]
    public async Task Every_retry_carries_the_same_key_and_the_vendor_records_one_event(string schemaId, string keyName)
    {
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Status = 503, Count = 2 });
        var (_, message, app) = TestEvents.OnePerSchema(DateTimeOffset.UtcNow).Single(e => e.SchemaId == schemaId);

        var result = await harness.Client.SendAsync(message, app);

        Assert.Equal(MmpDeliveryOutcome.Delivered, result.Outcome);
        Assert.True(Guid.TryParse(result.IdempotencyKey, out _));
        var bodies = harness.Sandbox.Events.Select(e => e.Body).ToList();
        Assert.Equal(3, bodies.Count);
        Assert.All(bodies, body => Assert.Equal(result.IdempotencyKey, KeyOf(body!, keyName)));
        Assert.Single(bodies.Distinct()); // serialized once: the same bytes every time
        Assert.Single(harness.Sandbox.Events, e => e.Outcome == SandboxOutcomes.Recorded);
    }

    [Fact]
    public async Task Retry_after_is_waited_for_on_the_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await DeliveryHarness.StartAsync(time, o => o.Delivery.RetryBudget = TimeSpan.FromMinutes(5));
        harness.Sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 429, Count = 1, RetryAfterSeconds = 7 });

        var sending = harness.Client.SendAsync(TestEvents.AirbridgeApp(time.GetUtcNow()), TestEvents.AirbridgeAppName);
        for (var i = 0; i < 400 && !sending.IsCompleted; i++)
        {
            await Task.Delay(10);
            if (harness.Sandbox.Events.Count == 1)
                time.Advance(TimeSpan.FromSeconds(1));
        }
        var result = await sending;

        Assert.Equal(MmpDeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(2, result.Attempts);
        var retry = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1307);
        Assert.Equal(TimeSpan.FromSeconds(7), retry.StructuredState!.Single(p => p.Key == "Delay").Value is { } delay ? TimeSpan.Parse(delay, System.Globalization.CultureInfo.InvariantCulture) : TimeSpan.Zero);
        var arrivals = harness.Sandbox.Events.Select(e => e.ReceivedAt).ToList();
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(7), $"second attempt {arrivals[1] - arrivals[0]} after the first");
    }

    private static string? KeyOf(string body, string name)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return name == "eventUUID" ? root.GetProperty(name).GetString() : root.GetProperty("event").GetProperty(name).GetString();
    }
}
