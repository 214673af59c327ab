using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>The documented quotas (Airbridge 1,000/min, AppsFlyer 60,000/min), counted per window on a fake clock.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public void The_default_quotas_are_the_documented_ones()
    {
        var options = new MmpSandboxOptions();

        Assert.Equal(1_000, options.AirbridgePermitsPerMinute);
        Assert.Equal(60_000, options.AppsFlyerPermitsPerMinute);
    }

    [Fact]
    public async Task Airbridge_accepts_the_quota_per_minute_then_answers_429_until_the_next_window()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 15, TimeSpan.Zero));
        await using var sandbox = await TestSandbox.StartAsync(o => { o.TimeProvider = clock; o.AirbridgePermitsPerMinute = 5; });
        using var client = TestSandbox.Client(sandbox);

        var statuses = new HttpStatusCode[8];
        string? retryAfter = null;
        for (var i = 0; i < statuses.Length; i++)
        {
            using var response = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());
            statuses[i] = response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                retryAfter = response.Headers.GetValues("Retry-After").Single();
        }
        clock.Advance(TimeSpan.FromSeconds(45));
        using var nextWindow = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal("45", retryAfter);
        Assert.Equal(HttpStatusCode.OK, nextWindow.StatusCode);
        Assert.Equal(3, sandbox.Events.Count(e => e.Outcome == SandboxOutcomes.Throttled && e.Status == 429));
        Assert.Equal(6, sandbox.Events.Count(e => e.Outcome == SandboxOutcomes.Recorded));
    }

    [Fact]
    public async Task Airbridge_in_app_and_in_web_share_one_quota()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await TestSandbox.StartAsync(o => { o.TimeProvider = clock; o.AirbridgePermitsPerMinute = 2; });
        using var client = TestSandbox.Client(sandbox);

        using var app = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());
        using var web = await client.AirbridgeWebAsync(Payloads.AirbridgeWeb);
        using var third = await client.AirbridgeWebAsync(Payloads.AirbridgeWeb);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (app.StatusCode, web.StatusCode, third.StatusCode));
    }

    [Fact]
    public async Task AppsFlyer_answers_429_over_its_quota_and_other_vendors_are_not_affected()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await TestSandbox.StartAsync(o => { o.TimeProvider = clock; o.AppsFlyerPermitsPerMinute = 3; });
        using var client = TestSandbox.Client(sandbox);

        var accepted = 0;
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer);
            accepted += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }
        using var affise = await client.AffiseAsync(Payloads.Affise);

        Assert.Equal(3, accepted);
        Assert.Equal(7, sandbox.Events.Count(e => e.Vendor == "appsflyer.s2s" && e.Outcome == SandboxOutcomes.Throttled));
        Assert.Equal(HttpStatusCode.OK, affise.StatusCode);
    }

    [Fact]
    public async Task A_refused_credential_does_not_use_up_the_quota()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await TestSandbox.StartAsync(o => { o.TimeProvider = clock; o.AirbridgePermitsPerMinute = 1; });
        using var client = TestSandbox.Client(sandbox);

        using var refused = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh(), token: "wrong");
        using var accepted = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (refused.StatusCode, accepted.StatusCode));
    }
}
