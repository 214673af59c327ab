using System;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>Airbridge in-app and in-web: 200/400/401, the events it does not process, and de-duplication on eventUUID.</summary>
public sealed class AirbridgeTests
{
    [Fact]
    public async Task A_valid_in_app_event_is_recorded_with_Airbridges_success_body()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AirbridgeAppAsync(Payloads.AirbridgeApp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Event(9360) is successfully proccessed.", body.RootElement.GetProperty("data").GetString());
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(("airbridge.app", SandboxOutcomes.Recorded, null, 200), (entry.Vendor, entry.Outcome, entry.Reason, entry.Status));
    }

    [Fact]
    public async Task A_valid_in_web_event_is_recorded_on_the_web_route()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AirbridgeWebAsync(Payloads.AirbridgeWeb);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Event(9320)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(("airbridge.web", SandboxOutcomes.Recorded), (entry.Vendor, entry.Outcome));
    }

    [Fact]
    public async Task An_event_older_than_24_hours_on_the_sandbox_clock_gets_200_and_is_dropped_with_MMP007()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await TestSandbox.StartAsync(o => o.TimeProvider = clock);
        using var client = TestSandbox.Client(sandbox);
        var sentAt = clock.GetUtcNow().AddHours(-1);

        (await client.AirbridgeAppAsync(Payloads.AirbridgeAppAt(Guid.NewGuid(), sentAt))).Dispose();
        clock.Advance(TimeSpan.FromHours(24));
        using var late = await client.AirbridgeAppAsync(Payloads.AirbridgeAppAt(Guid.NewGuid(), sentAt));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(SandboxOutcomes.Recorded, sandbox.Events[0].Outcome);
        Assert.Equal(SandboxOutcomes.Dropped, sandbox.Events[1].Outcome);
        Assert.StartsWith("MMP007 $.eventTimestamp 'eventTimestamp' is 25 hours old", sandbox.Events[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.user.signup"}}}""", "MMP001")]
    [InlineData("""{"device":{"deviceUUID":"2dfca632-86f3-4d22-9746-cdfe7985c471","osName":"Android"},"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.user.signup"}}}""", "MMP002")]
    [InlineData("""{"user":{"externalUserID":"1"},"device":{"osName":"android"},"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.user.signup"}}}""", "MMP004")]
    public async Task An_event_without_identifier_or_companions_gets_200_and_is_dropped_with_its_code(string json, string code)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AirbridgeAppAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(SandboxOutcomes.Dropped, entry.Outcome);
        Assert.StartsWith(code, entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_event_without_clientID_or_externalUserID_is_dropped_with_MMP001()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AirbridgeWebAsync("""{"eventData":{"goal":{"category":"airbridge.user.signup"}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("MMP001", Assert.Single(sandbox.Events).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"user":{"externalUserID":"1"},"app":{"packageName":"com.example.shop"}}""", "MMP003 $.eventData")]
    [InlineData("""{"user":{"externalUserID":"1"},"app":{"packageName":"com.example.shop"},"eventData":{"goal":{}}}""", "MMP003 $.eventData.goal.category")]
    [InlineData("{", "MMP100 $ the body is not JSON")]
    [InlineData("[]", "MMP100 $ the body must be one JSON object")]
    public async Task A_missing_mandatory_field_or_unreadable_body_gets_400_naming_the_reason(string json, string reason)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AirbridgeAppAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal((SandboxOutcomes.Rejected, 400), (entry.Outcome, entry.Status));
        Assert.StartsWith(reason, entry.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData(Keys.AppsFlyer)]
    public async Task A_missing_or_wrong_token_gets_401(string? token)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var app = await client.AirbridgeAppAsync(Payloads.AirbridgeApp, token: token);
        using var web = await client.AirbridgeWebAsync(Payloads.AirbridgeWeb, token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, app.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, web.StatusCode);
        Assert.All(sandbox.Events, e => Assert.Equal((SandboxOutcomes.Rejected, 401), (e.Outcome, e.Status)));
    }

    [Fact]
    public async Task The_token_without_Bearer_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.SendAsync(TestSandbox.Request("events/v1/apps/shop/mobile-app/9360",
            System.Text.Encoding.UTF8.GetBytes(Payloads.AirbridgeApp), ("Authorization", Keys.Airbridge)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_replayed_eventUUID_is_answered_200_and_recorded_once_as_a_duplicate()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var first = await client.AirbridgeAppAsync(Payloads.AirbridgeApp);
        using var replay = await client.AirbridgeAppAsync(Payloads.AirbridgeApp);
        using var otherApp = await client.AirbridgeAppAsync(Payloads.AirbridgeApp, app: "other");
        using var otherEvent = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());

        Assert.All([first, replay, otherApp, otherEvent], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(
            [SandboxOutcomes.Recorded, SandboxOutcomes.Duplicate, SandboxOutcomes.Recorded, SandboxOutcomes.Recorded],
            [.. System.Linq.Enumerable.Select(sandbox.Events, e => e.Outcome)]);
        Assert.Contains("9b4b3e4e-2162-4ae6-8986-91ee84644262", sandbox.Events[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_event_does_not_claim_its_eventUUID()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        var uuid = "5d0c9d3e-7b8a-4c1e-9f00-112233445566";
        var noIdentifier = """{"eventUUID":"UUID","app":{"packageName":"x"},"eventData":{"goal":{"category":"c"}}}""".Replace("UUID", uuid, StringComparison.Ordinal);
        var fixedEvent = """{"eventUUID":"UUID","user":{"externalUserID":"1"},"app":{"packageName":"x"},"eventData":{"goal":{"category":"c"}}}""".Replace("UUID", uuid, StringComparison.Ordinal);

        (await client.AirbridgeAppAsync(noIdentifier)).Dispose();
        (await client.AirbridgeAppAsync(fixedEvent)).Dispose();

        Assert.Equal(SandboxOutcomes.Dropped, sandbox.Events[0].Outcome);
        Assert.Equal(SandboxOutcomes.Recorded, sandbox.Events[1].Outcome);
    }

    [Fact]
    public async Task Clearing_the_events_forgets_the_eventUUIDs_too()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        (await client.AirbridgeAppAsync(Payloads.AirbridgeApp)).Dispose();
        sandbox.ClearEvents();
        (await client.AirbridgeAppAsync(Payloads.AirbridgeApp)).Dispose();

        Assert.Equal(SandboxOutcomes.Recorded, Assert.Single(sandbox.Events).Outcome);
    }
}
