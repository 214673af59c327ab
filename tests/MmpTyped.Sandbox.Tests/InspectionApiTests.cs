using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary><c>GET/DELETE /_sandbox/events</c> and the page at <c>GET /_sandbox/</c>, over HTTP.</summary>
public sealed class InspectionApiTests
{
    [Fact]
    public async Task Events_are_a_JSON_array_in_arrival_order_with_vendor_outcome_reason_status_and_body()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        (await client.AppsFlyerAsync("123456789", Payloads.AppsFlyer)).Dispose();
        (await client.AirbridgeAppAsync(Payloads.AirbridgeApp)).Dispose();

        using var response = await client.GetAsync(new Uri("_sandbox/events", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var items = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.Equal("appsflyer.s2s", items[0].GetProperty("vendor").GetString());
        Assert.Equal("dropped", items[0].GetProperty("outcome").GetString());
        Assert.StartsWith("MMP008 ", items[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, items[0].GetProperty("status").GetInt32());
        Assert.Equal(Payloads.AppsFlyer, items[0].GetProperty("body").GetString());
        Assert.Equal("airbridge.app", items[1].GetProperty("vendor").GetString());
        Assert.Equal("recorded", items[1].GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task Delete_clears_the_events()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        (await client.AffiseAsync(Payloads.Affise)).Dispose();

        using var deleted = await client.DeleteAsync(new Uri("_sandbox/events", UriKind.Relative));
        var after = await client.GetStringAsync(new Uri("_sandbox/events", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(sandbox.Events);
        Assert.Equal(0, JsonDocument.Parse(after).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task The_page_lists_requests_newest_first_with_escaped_bodies_and_refreshes_itself()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        (await client.AppsFlyerAsync("123456789", Payloads.AppsFlyer)).Dispose();
        (await client.AffiseAsync("""{"affise_device_id":"<script>alert(1)</script>","event":{"affise_event_name":"Purchase"}}""")).Dispose();

        using var response = await client.GetAsync(new Uri("_sandbox/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<meta http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("affise.s2s", StringComparison.Ordinal) < html.IndexOf("appsflyer.s2s", StringComparison.Ordinal), "newest first");
        Assert.Contains("2 requests: 1 dropped, 1 recorded", html, StringComparison.Ordinal);
        using var withoutSlash = await client.GetAsync(new Uri("_sandbox", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, withoutSlash.StatusCode);
    }
}
