using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using MmpTyped.AppsFlyer;
using MmpTyped.Schemas;

namespace MmpTyped.Tests.Records;

/// <summary>
/// Records built in C# survive a write/parse/write round trip byte for byte; members the schema does not
/// know, and the explicit <c>null</c> and <c>""</c> of push messages, come back as they went in.
/// </summary>
public sealed class RecordRoundTripTests
{
    private static readonly DateTimeOffset HappenedAt = new(2026, 1, 15, 11, 0, 0, 250, TimeSpan.Zero);

    private static readonly Dictionary<string, (string SchemaId, Func<IMmpEvent> Build)> Built = new()
    {
        ["appsflyer.s2s"] = ("appsflyer.s2s", SampleRecords.AppsFlyerPurchase),
        ["airbridge.app"] = ("airbridge.app", () => SampleRecords.AirbridgeAppOrder(HappenedAt)),
        ["airbridge.web signed in"] = ("airbridge.web", () => SampleRecords.AirbridgeWebOrder(HappenedAt)),
        ["airbridge.web anonymous"] = ("airbridge.web", () => SampleRecords.AirbridgeWebAnonymousView(HappenedAt)),
        ["affise.s2s"] = ("affise.s2s", SampleRecords.AffisePurchase),
        ["appsflyer.push.v1"] = ("appsflyer.push.v1", SampleRecords.PushV1InAppEvent),
        ["appsflyer.push.v2"] = ("appsflyer.push.v2", SampleRecords.PushV2InAppEvent),
    };

    /// <summary>Where each case adds members its schema does not describe, at the root and deeper.</summary>
    private static readonly Dictionary<string, Action<JsonObject>> UnknownMembers = new()
    {
        ["appsflyer.s2s"] = json => json["af_new_field"] = JsonNode.Parse("""{"nested":[1,2.50,"x"]}"""),
        ["airbridge.app"] = json =>
        {
            json["device"]!["batteryLevel"] = JsonNode.Parse("0.750");
            json["eventData"]!["goal"]!["semanticAttributes"]!["products"]![1]!["sku"] = "AM-270";
        },
        ["airbridge.web signed in"] = json => json["browser"]!["referrer"] = "https://example.com/?q=1",
        ["airbridge.web anonymous"] = json => json["eventData"]!["trackingData"]!["medium"] = null,
        ["affise.s2s"] = json =>
        {
            json["partner"] = false;
            json["event"]!["affise_parameters"]!["affise_p_new"] = new JsonArray(1, 2);
        },
        ["appsflyer.push.v1"] = json => json["new_v1_field"] = true,
        ["appsflyer.push.v2"] = json => json["af_new_field"] = JsonNode.Parse("1e400"),
    };

    public static TheoryData<string> Cases() => new(Built.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writing_parsing_and_writing_again_gives_the_same_bytes(string name)
    {
        var (schemaId, build) = Built[name];
        var original = build();
        var first = MmpJson.SerializeToUtf8Bytes(original);

        var parsed = MmpSchemaCatalog.Get(schemaId).Parse(first);
        var second = MmpJson.SerializeToUtf8Bytes(parsed);

        Assert.IsType(original.GetType(), parsed);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Members_the_schema_does_not_know_are_kept(string name)
    {
        var (schemaId, build) = Built[name];
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(build()))!.AsObject();
        UnknownMembers[name](json);

        var parsed = MmpSchemaCatalog.Get(schemaId).Parse(Wire.Utf8(json));
        var written = MmpJson.Serialize(parsed);

        JsonAssert.Equal(json, JsonNode.Parse(written));
    }

    [Fact]
    public void A_number_no_dotNET_type_holds_is_kept_as_its_text()
    {
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(SampleRecords.PushV2InAppEvent()))!.AsObject();
        UnknownMembers["appsflyer.push.v2"](json);

        var written = MmpJson.Serialize(AppsFlyerPushV2Message.Parse(Wire.Utf8(json)));

        Assert.Contains("\"af_new_field\":1e400", written, StringComparison.Ordinal);
    }

    [Fact]
    public void EventValue_is_written_as_a_string_holding_compact_JSON()
    {
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(SampleRecords.AppsFlyerPurchase()))!;

        Assert.Equal(
            """{"af_revenue":6.99,"af_currency":"USD","af_content_id":"15854","af_quantity":2,"gift":true}""",
            json["eventValue"]!.GetValue<string>());
    }

    [Fact]
    public void Explicit_null_and_empty_strings_of_a_V2_push_message_come_back_as_they_came()
    {
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(SampleRecords.PushV2InAppEvent()))!.AsObject();
        json["event_name"] = null;
        json["campaign"] = "";
        json["is_retargeting"] = "";
        json["wifi"] = null;
        json["event_revenue"] = "";
        json["install_time"] = "";
        json["event_time_selected_timezone"] = null;
        json["event_value"] = "";
        json["custom_data"] = null;
        json["retargeting_conversion_type"] = "";

        var message = AppsFlyerPushV2Message.Parse(Wire.Utf8(json));
        var written = JsonNode.Parse(MmpJson.Serialize(message))!;

        Assert.Null(message.EventName);
        Assert.Null(message.IsRetargeting);
        Assert.Null(message.EventRevenue);
        Assert.Null(message.InstallTime);
        Assert.Equal(AppsFlyerPushV2MessageRetargetingConversionType.Empty, message.RetargetingConversionType);
        JsonAssert.Equal(json, written);
    }

    [Fact]
    public void Explicit_null_and_empty_strings_of_a_V1_push_message_come_back_as_they_came()
    {
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(SampleRecords.PushV1InAppEvent()))!.AsObject();
        json["event_name"] = null;
        json["media_source"] = "";
        json["is_retargeting"] = null;
        json["wifi"] = "";
        json["af_cost_value"] = "";
        json["click_time"] = "";
        json["install_time_selected_timezone"] = "";
        json["event_value"] = null;
        json["attribution_type"] = null;

        var message = AppsFlyerPushV1Message.Parse(Wire.Utf8(json));
        var written = JsonNode.Parse(MmpJson.Serialize(message))!;

        Assert.Null(message.EventName);
        Assert.Equal("", message.MediaSource);
        Assert.Null(message.Wifi);
        Assert.Null(message.AfCostValue);
        JsonAssert.Equal(json, written);
    }
}
