using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>Affise: the documented request and auth, and the sandbox's stated assumptions for everything Affise does not document.</summary>
public sealed class AffiseTests
{
    [Fact]
    public async Task A_valid_event_with_the_bearer_key_is_recorded()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AffiseAsync(Payloads.Affise);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok","message":"accepted"}""", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(("affise.s2s", SandboxOutcomes.Recorded, 200), (entry.Vendor, entry.Outcome, entry.Status));
    }

    [Fact]
    public async Task The_key_may_be_the_API_KEY_query_parameter()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var right = await client.SendAsync(TestSandbox.Request($"v1/external_data/add_event?API-KEY={Keys.Affise}", System.Text.Encoding.UTF8.GetBytes(Payloads.Affise), null));
        using var wrong = await client.SendAsync(TestSandbox.Request("v1/external_data/add_event?API-KEY=nope", System.Text.Encoding.UTF8.GetBytes(Payloads.Affise), null));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task An_event_without_a_device_id_gets_200_and_is_dropped_with_MMP001()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AffiseAsync("""{"event":{"affise_event_name":"Purchase"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(SandboxOutcomes.Dropped, entry.Outcome);
        Assert.StartsWith("MMP001 $ Set at least one of: affise_device_id", entry.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"affise_device_id":"d"}""", "MMP003 $.event")]
    [InlineData("""{"affise_device_id":"d","event":{}}""", "MMP003 $.event.affise_event_name")]
    [InlineData("nope", "MMP100 $ the body is not JSON")]
    public async Task A_missing_mandatory_field_or_unreadable_body_gets_400_naming_the_reason(string json, string reason)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AffiseAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith(reason, Assert.Single(sandbox.Events).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task A_missing_or_wrong_key_gets_401(string? key)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AffiseAsync(Payloads.Affise, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal((SandboxOutcomes.Rejected, 401), (Assert.Single(sandbox.Events).Outcome, sandbox.Events[0].Status));
    }

    [Fact]
    public async Task Affise_documents_no_deduplication_so_a_replayed_affise_event_id_is_recorded_again()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        var json = """{"affise_device_id":"d-1","event":{"affise_event_id":"0b7c2f00-5d2e-4c7a-9d2c-3f1e2a4b5c6d","affise_event_name":"Purchase"}}""";

        (await client.AffiseAsync(json)).Dispose();
        (await client.AffiseAsync(json)).Dispose();

        Assert.All(sandbox.Events, e => Assert.Equal(SandboxOutcomes.Recorded, e.Outcome));
        Assert.Equal(2, sandbox.Events.Count);
    }

    [Fact]
    public async Task A_GET_is_not_served_on_the_add_event_route()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.GetAsync(new Uri($"v1/external_data/add_event?API-KEY={Keys.Affise}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
