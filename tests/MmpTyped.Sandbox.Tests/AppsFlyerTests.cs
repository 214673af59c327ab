using System.Net;
using System.Threading.Tasks;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>AppsFlyer S2S: its plain-text answers, and the events it answers 200 OK but does not record.</summary>
public sealed class AppsFlyerTests
{
    [Fact]
    public async Task A_valid_event_to_an_id_prefixed_app_is_recorded()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(("appsflyer.s2s", SandboxOutcomes.Recorded, null, 200, Payloads.AppsFlyer), (entry.Vendor, entry.Outcome, entry.Reason, entry.Status, entry.Body));
    }

    [Fact]
    public async Task An_android_package_name_is_an_app_id_too()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AppsFlyerAsync("com.example.shop", Payloads.AppsFlyer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SandboxOutcomes.Recorded, Assert.Single(sandbox.Events).Outcome);
    }

    [Theory]
    [InlineData("123456789", "MMP008 {app_id} '123456789' looks like an iOS app id without its 'id' prefix")]
    public async Task A_bare_ios_app_id_gets_200_OK_and_is_dropped_with_MMP008(string appId, string reason)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AppsFlyerAsync(appId, Payloads.AppsFlyer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(SandboxOutcomes.Dropped, entry.Outcome);
        Assert.StartsWith(reason, entry.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_1_KB_gets_200_OK_and_is_dropped_with_MMP005()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        var big = Payloads.AppsFlyer.Replace("\"os\":\"17.2\"", "\"os\":\"17.2\",\"app_version_name\":\"" + new string('v', 1000) + "\"", System.StringComparison.Ordinal);

        using var response = await client.AppsFlyerAsync("id123456789", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(SandboxOutcomes.Dropped, entry.Outcome);
        Assert.StartsWith("MMP005 $ The payload is 1", entry.Reason, System.StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(entry.Reason!, "MMP005"));
    }

    [Theory]
    [InlineData("{\"af_revenue\":\"6\"}", "an object")]
    [InlineData("12", "a number")]
    [InlineData("[]", "an array")]
    public async Task An_eventValue_that_is_not_a_string_gets_200_OK_and_is_dropped(string eventValue, string found)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        var json = $$"""{"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventValue":{{eventValue}}}""";

        using var response = await client.AppsFlyerAsync("id123456789", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(SandboxOutcomes.Dropped, entry.Outcome);
        Assert.StartsWith("MMP004 $.eventValue 'eventValue' must be a string", entry.Reason, System.StringComparison.Ordinal);
        Assert.Contains("it is " + found, entry.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_other_broken_rule_of_the_record_is_a_silent_drop_with_its_code()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        var clearText = Payloads.AppsFlyer.Replace("\"os\":\"17.2\"", "\"os\":\"17.2\",\"email_hashed\":\"jane@example.com\"", System.StringComparison.Ordinal);

        using var response = await client.AppsFlyerAsync("id123456789", clearText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal(SandboxOutcomes.Dropped, entry.Outcome);
        Assert.StartsWith("MMP006", entry.Reason, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"eventName":"af_purchase","eventValue":""}""", "appsflyer_id is a mandatory field", "MMP003 $.appsflyer_id")]
    [InlineData("""{"appsflyer_id":"","eventName":"af_purchase","eventValue":""}""", "appsflyer_id is a mandatory field", "MMP003 $.appsflyer_id")]
    [InlineData("""{"appsflyer_id":"not-an-id","eventName":"af_purchase","eventValue":""}""", "appsflyer_id is a mandatory field", "MMP004 $.appsflyer_id")]
    [InlineData("""{"appsflyer_id":"1547985076649-5309999","eventValue":""}""", "Bad request", "MMP003")]
    [InlineData("""{"appsflyer_id":"1547985076649-5309999","eventName":"x"}""", "Bad request", "MMP003")]
    [InlineData("not json", "Payload is missing or failed to parse", "MMP100 $ the body is not JSON")]
    [InlineData("", "Payload is missing or failed to parse", "MMP100 $ the body is empty")]
    [InlineData("""[{"appsflyer_id":"1547985076649-5309999"},{"appsflyer_id":"1547985076649-5309999"}]""", "Payload is missing or failed to parse", "MMP100 $ the body must be one JSON object (one event per request)")]
    public async Task A_missing_mandatory_field_or_unreadable_JSON_gets_AppsFlyers_400(string json, string body, string reason)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AppsFlyerAsync("id123456789", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal((SandboxOutcomes.Rejected, 400), (entry.Outcome, entry.Status));
        Assert.StartsWith(reason, entry.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_authentication_header_gets_400_Failed_to_Authenticate()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer, key: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Failed to Authenticate", await response.Content.ReadAsStringAsync());
        Assert.Equal(SandboxOutcomes.Rejected, Assert.Single(sandbox.Events).Outcome);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData(Keys.Airbridge)]
    [InlineData("Bearer " + Keys.AppsFlyer)]
    public async Task A_wrong_key_gets_401_Unauthorized(string key)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(sandbox.Events);
        Assert.Equal((SandboxOutcomes.Rejected, 401), (entry.Outcome, entry.Status));
    }

    [Fact]
    public async Task The_key_goes_in_a_header_named_authentication_not_Authorization()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        using var response = await client.SendAsync(TestSandbox.Request("inappevent/id123456789", System.Text.Encoding.UTF8.GetBytes(Payloads.AppsFlyer), ("Authorization", Keys.AppsFlyer)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Failed to Authenticate", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AppsFlyer_does_not_deduplicate_a_replay_is_recorded_again()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);

        (await client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer)).Dispose();
        (await client.AppsFlyerAsync("id123456789", Payloads.AppsFlyer)).Dispose();

        Assert.All(sandbox.Events, e => Assert.Equal(SandboxOutcomes.Recorded, e.Outcome));
        Assert.Equal(2, sandbox.Events.Count);
    }
}
