using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>Bodies that are not UTF-8, not JSON, too large or of the wrong type: the vendor's answer or a 400 naming the reason, always logged, never a 500.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[]> Garbage => new()
    {
        { "not UTF-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D] },
        { "binary", [0x00, 0x01, 0x02, 0x03] },
        { "truncated", "{\"a\":"u8.ToArray() },
        { "deeply nested", System.Text.Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)) },
        { "a string", "\"event\""u8.ToArray() },
        { "null", "null"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Every_vendor_answers_garbage_with_a_400_and_logs_it(string kind, byte[] body)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var appsFlyer = await client.SendAsync(TestSandbox.Request("inappevent/id1", body, ("authentication", Keys.AppsFlyer)));
        using var airbridge = await client.SendAsync(TestSandbox.Request("events/v1/apps/shop/mobile-app/9360", body, ("Authorization", "Bearer " + Keys.Airbridge)));
        using var web = await client.SendAsync(TestSandbox.Request("events/v1/apps/shop/web/9320", body, ("Authorization", "Bearer " + Keys.Airbridge)));
        using var affise = await client.SendAsync(TestSandbox.Request("v1/external_data/add_event", body, ("Authorization", "Bearer " + Keys.Affise)));

        Assert.All([appsFlyer, airbridge, web, affise], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal("Payload is missing or failed to parse", await appsFlyer.Content.ReadAsStringAsync());
        Assert.Contains("MMP100", await airbridge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(4, sandbox.Events.Count);
        Assert.All(sandbox.Events, e => Assert.Equal((SandboxOutcomes.Rejected, 400), (e.Outcome, e.Status)));
        Assert.All(sandbox.Events, e => Assert.StartsWith("MMP100 $", e.Reason, StringComparison.Ordinal));
        if (kind == "not UTF-8")
            Assert.All(sandbox.Events, e => Assert.Contains("not UTF-8", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_over_the_sandbox_limit_gets_413_and_is_logged_without_filling_memory()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.MaxBodyBytes = 4096);
        using var client = TestSandbox.Client(sandbox);
        var huge = new byte[3 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');

        using var declared = await client.SendAsync(TestSandbox.Request("v1/external_data/add_event", huge, ("Authorization", "Bearer " + Keys.Affise)));
        var chunked = TestSandbox.Request("events/v1/apps/shop/mobile-app/9360", [], ("Authorization", "Bearer " + Keys.Airbridge));
        chunked.Content = new StreamContent(new System.IO.MemoryStream(huge));
        chunked.Headers.TransferEncodingChunked = true;
        using var streamed = await client.SendAsync(chunked);
        using var after = await client.AffiseAsync(Payloads.Affise);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal([SandboxOutcomes.Rejected, SandboxOutcomes.Rejected, SandboxOutcomes.Recorded], sandbox.Events.Select(e => e.Outcome).ToArray());
        Assert.All(sandbox.Events.Take(2), e => Assert.True(e.Body!.Length < 2048, "the log keeps at most the first kilobyte"));
    }

    // A member of the wrong JSON kind is read and kept as it came (the records never lose input), and
    // Validate() reports it as MMP004 at its path, beside every other error: the sandbox then answers it as
    // the vendor answers a value it does not accept, never as a body it cannot read.
    [Theory]
    [InlineData("airbridge.app", """{"user":{"externalUserID":12},"app":{"packageName":"x"},"eventData":{"goal":{"category":"c"}}}""", "MMP004 $.user.externalUserID")]
    [InlineData("airbridge.app", """{"user":{"externalUserID":"1"},"app":{"packageName":"x"},"eventData":{"goal":{"category":"c"}},"eventTimestamp":"yesterday"}""", "MMP004 $.eventTimestamp")]
    [InlineData("affise.s2s", """{"affise_device_id":"d","event":"Purchase"}""", "MMP004 $.event")]
    [InlineData("appsflyer.s2s", """{"appsflyer_id":"1547985076649-5309999","eventName":7,"eventValue":""}""", "MMP004 $.eventName")]
    public async Task A_member_of_the_wrong_type_is_an_MMP004_naming_its_path_never_a_500(string vendor, string json, string reason)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = vendor switch
        {
            "airbridge.app" => await client.AirbridgeAppAsync(json),
            "affise.s2s" => await client.AffiseAsync(json),
            _ => await client.AppsFlyerAsync("id123456789", json),
        };

        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
        var entry = Assert.Single(sandbox.Events);
        Assert.NotEqual(SandboxOutcomes.Recorded, entry.Outcome);
        Assert.StartsWith(reason, entry.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_paths_and_methods_get_404_and_405_and_are_not_vendor_requests()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var unknown = await client.PostAsync(new Uri("events/v2/apps/shop/mobile-app/9360", UriKind.Relative), new StringContent("{}"));
        using var get = await client.GetAsync(new Uri("inappevent/id1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Empty(sandbox.Events);
    }
}
