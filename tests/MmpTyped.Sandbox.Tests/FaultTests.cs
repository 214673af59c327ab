using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>Injected faults, from .NET and over <c>POST /_sandbox/faults</c>: status, count, Retry-After, delay, reset.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task A_status_fault_answers_the_next_count_requests_with_that_status_and_Retry_After_then_stops()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 503, Count = 2, RetryAfterSeconds = 7 });

        using var first = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());
        using var second = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());
        using var third = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("7", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal([SandboxOutcomes.Failed, SandboxOutcomes.Failed, SandboxOutcomes.Recorded], sandbox.Events.Select(e => e.Outcome).ToArray());
        Assert.Equal("injected fault: 503", sandbox.Events[0].Reason);
    }

    [Fact]
    public async Task A_fault_applies_to_its_vendor_only()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.web", Status = 500 });

        using var app = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());
        using var affise = await client.AffiseAsync(Payloads.Affise);
        using var web = await client.AirbridgeWebAsync(Payloads.AirbridgeWeb);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.InternalServerError), (app.StatusCode, affise.StatusCode, web.StatusCode));
        Assert.False(web.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task A_reset_fault_drops_the_connection_without_an_answer_and_logs_it_as_failed()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        sandbox.InjectFault(new SandboxFault { Vendor = "appsflyer.s2s", Reset = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer));
        using var next = await client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal((SandboxOutcomes.Failed, 0, "injected fault: connection reset"), (sandbox.Events[0].Outcome, sandbox.Events[0].Status, sandbox.Events[0].Reason));
        Assert.Equal(Payloads.AppsFlyer, sandbox.Events[0].Body);
    }

    [Fact]
    public async Task A_delay_fault_holds_the_answer_longer_than_a_short_client_timeout()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var impatient = new HttpClient { BaseAddress = sandbox.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        using var client = TestSandbox.Client(sandbox);
        sandbox.InjectFault(new SandboxFault { Vendor = "affise.s2s", DelayMs = 3_000, Status = 504 });
        sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", DelayMs = 50 });

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.AffiseAsync(Payloads.Affise));
        using var delayedButServed = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());

        Assert.Equal(HttpStatusCode.OK, delayedButServed.StatusCode);
        Assert.Contains(sandbox.Events, e => e.Vendor == "airbridge.app" && e.Outcome == SandboxOutcomes.Recorded);
        // Logged when the server notices the client left (status 0) or when the delay ends (504), whichever comes first.
        var timedOut = await WaitForAsync(sandbox, e => e.Vendor == "affise.s2s");
        Assert.Equal(SandboxOutcomes.Failed, timedOut.Outcome);
        Assert.Contains(timedOut.Status, new[] { 0, 504 });
    }

    /// <summary>The server notices a client's disconnect shortly after it happens; waits (bounded) for the entry it writes then.</summary>
    private static async Task<SandboxEvent> WaitForAsync(MmpSandbox sandbox, Func<SandboxEvent, bool> match)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var found = sandbox.Events.FirstOrDefault(match);
            if (found is not null)
                return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("The sandbox logged no matching entry within 10 s.");
    }

    [Fact]
    public async Task Faults_can_be_injected_over_HTTP()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var injected = await client.PostAsync(new Uri("_sandbox/faults", UriKind.Relative),
            new StringContent("""{"vendor":"airbridge.app","status":503,"count":2,"retryAfterSeconds":3}""", Encoding.UTF8, "application/json"));
        using var first = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());
        using var second = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());
        using var third = await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh());

        Assert.Equal(HttpStatusCode.NoContent, injected.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (first.StatusCode, second.StatusCode, third.StatusCode));
        Assert.Equal("3", second.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task A_reset_fault_over_HTTP_resets()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        (await client.PostAsync(new Uri("_sandbox/faults", UriKind.Relative), new StringContent("""{"vendor":"affise.s2s","reset":true}"""))).Dispose();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.AffiseAsync(Payloads.Affise));
    }

    [Theory]
    [InlineData("""{"vendor":"branch","status":503}""", "vendor must be one of appsflyer.s2s, airbridge.app, airbridge.web, affise.s2s")]
    [InlineData("""{"status":503}""", "vendor is required")]
    [InlineData("""{"vendor":"affise.s2s","status":200}""", "status must be between 400 and 599")]
    [InlineData("""{"vendor":"affise.s2s","status":503,"count":0}""", "count must be at least 1")]
    [InlineData("""{"vendor":"affise.s2s","status":"503"}""", "status has the wrong type")]
    [InlineData("""{"vendor":"affise.s2s","reset":"yes"}""", "reset must be true or false")]
    [InlineData("""{"vendor":"affise.s2s","statuss":503}""", "unknown member 'statuss'")]
    [InlineData("""{"vendor":"affise.s2s"}""", "the fault does nothing")]
    [InlineData("""{"vendor":""", "the body is not JSON")]
    public async Task A_bad_fault_over_HTTP_gets_400_naming_the_field_and_changes_nothing(string json, string problem)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.PostAsync(new Uri("_sandbox/faults", UriKind.Relative), new StringContent(json));
        using var next = await client.AffiseAsync(Payloads.Affise);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task A_bad_fault_from_dotnet_throws_naming_the_field()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => sandbox.InjectFault(new SandboxFault { Vendor = "appsflyer", Status = 503 }));

        Assert.Contains("vendor must be one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_faults_removes_the_ones_not_used_up()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        sandbox.InjectFault(new SandboxFault { Vendor = "affise.s2s", Status = 500, Count = 5 });

        using var first = await client.AffiseAsync(Payloads.Affise);
        (await client.DeleteAsync(new Uri("_sandbox/faults", UriKind.Relative))).Dispose();
        using var second = await client.AffiseAsync(Payloads.Affise);

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
    }
}
