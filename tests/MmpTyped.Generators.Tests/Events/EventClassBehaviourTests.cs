using System;
using System.Linq;
using System.Text.Json.Nodes;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Events;

/// <summary>
/// [MmpEvent] classes, compiled with the generator's output against MmpTyped.dll (whose vendor records
/// the envelope reuses) and run: each writes the vendor's JSON, validates by the vendor's rules, and
/// parses back what it wrote.
/// </summary>
public sealed class EventClassBehaviourTests : IDisposable
{
    private readonly LoadedAssembly _assembly = LoadedAssembly.Generate(EventSources.Purchases);

    public void Dispose() => _assembly.Dispose();

    private string Call(string scenario, params object[] arguments) => (string)_assembly.Call("Shop.Events.Scenarios", scenario, arguments)!;

    [Fact]
    public void Airbridge_class_writes_its_properties_under_eventData_goal_and_the_rest_as_custom_attributes()
    {
        AssertJson("""
            {"user":{"externalUserID":"19443"},"app":{"packageName":"com.example.shop"},
             "eventData":{"goal":{"category":"airbridge.ecommerce.order.completed","value":159990,
               "semanticAttributes":{"currency":"KRW","transactionID":"12939172"},
               "customAttributes":{"coupon":"WINTER10","items":2}}}}
            """, Call("AirbridgeJson"));
    }

    [Fact]
    public void Airbridge_web_class_keeps_the_in_web_envelope_and_its_identifier_rule()
    {
        AssertJson("""
            {"user":{"externalUserID":"u-1"},
             "eventData":{"goal":{"category":"signup_completed","customAttributes":{"referrer":"newsletter"}}}}
            """, Call("WebJson"));
        // Without a user id the cookie id alone is not enough: shortID and trackingData are needed too.
        Assert.StartsWith("MMP001 $ Set at least one of: user.externalUserID, or browser.clientID with eventData.shortID with eventData.trackingData.channel", Call("WebAnonymous"), StringComparison.Ordinal);
    }

    [Fact]
    public void AppsFlyer_class_writes_its_properties_as_JSON_inside_eventValue_and_the_name_as_eventName()
    {
        var json = JsonNode.Parse(Call("AppsFlyerJson"))!;

        Assert.Equal("af_purchase", (string?)json["eventName"]);
        Assert.Equal("1547985076649-5309999", (string?)json["appsflyer_id"]);
        AssertJson("""{"af_revenue":9.99,"af_currency":"USD","firstOrder":true}""", (string)json["eventValue"]!);
    }

    [Fact]
    public void AppsFlyer_class_with_nothing_in_eventValue_sends_the_vendors_empty_string()
    {
        var json = JsonNode.Parse(Call("AppsFlyerEmpty"))!;

        // Revenue 0 and FirstOrder false are values (non-nullable), so they are written; only Currency is absent.
        AssertJson("""{"af_revenue":0,"firstOrder":false}""", (string)json["eventValue"]!);
    }

    [Fact]
    public void Affise_class_writes_under_event_with_parameters_and_custom_data()
    {
        AssertJson("""
            {"affise_device_id":"3d973489-e784-4f5d-8e51-9bee0ac16b00",
             "event":{"affise_event_id":"780df130-2302-4037-a628-ae087bcb2923","affise_event_name":"Purchase",
               "affise_event_data":{"campaign":"spring"},
               "affise_parameters":{"affise_p_currency":"USD","affise_p_revenue":0.3}}}
            """, Call("AffiseJson"));
    }

    [Fact]
    public void Vendor_rules_apply_to_the_class_as_to_the_vendor_record()
    {
        Assert.StartsWith("MMP001 $ Set at least one of: user.externalUserID, or device.deviceUUID", Call("AirbridgeWithoutIdentifier"), StringComparison.Ordinal);
        Assert.StartsWith("MMP001 $ Set at least one of: affise_device_id, or random_user_id", Call("AffiseWithoutDevice"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("airbridge", "AirbridgeJson")]
    [InlineData("web", "WebJson")]
    [InlineData("appsflyer", "AppsFlyerJson")]
    [InlineData("affise", "AffiseJson")]
    public void A_class_parses_back_what_it_wrote(string type, string scenario)
    {
        var written = Call(scenario);

        Assert.Equal(written, Call("RoundTrip", type, written));
    }

    [Fact]
    public void Members_the_class_does_not_know_are_kept_at_every_level()
    {
        // (value and items are non-nullable properties: they always have a value, so the input carries them.)
        const string json = """
            {"app":{"packageName":"p"},"x":1,"eventData":{"y":true,"goal":{"category":"airbridge.ecommerce.order.completed",
             "value":5,"label":"kept","semanticAttributes":{"cartID":"c-9"},"customAttributes":{"items":1,"other":[1,2]}}}}
            """;

        AssertJson(json, Call("RoundTrip", "airbridge", json));
    }

    [Fact]
    public void JSON_of_another_event_is_not_parsed_as_this_one()
    {
        const string json = """{"app":{"packageName":"p"},"eventData":{"goal":{"category":"airbridge.user.signup"}}}""";

        Assert.Equal("MMP100 $.eventData.goal.category this is the event \"airbridge.user.signup\", not \"airbridge.ecommerce.order.completed\" (byte 59)", Call("ParseError", json));
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");
}

/// <summary>The completed half of a user's class, as a snapshot: what a user steps into in the debugger.</summary>
public sealed class EventClassSnapshotTests
{
    [Fact]
    public void An_Airbridge_event_class_generates_its_snapshot()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(EventSources.Purchases));

        Snapshot.Verify(nameof(An_Airbridge_event_class_generates_its_snapshot), run.Sources.Where(s => s.HintName.StartsWith("Shop.", StringComparison.Ordinal)));
    }
}
