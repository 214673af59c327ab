using System;
using System.Collections.Generic;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Records;

/// <summary>
/// Every rule of <c>appsflyer.push.v1</c> and <c>appsflyer.push.v2</c>, broken once on a valid message
/// built in C#: <c>Validate()</c> reports it with the catalogue's code at the member's path.
/// </summary>
public sealed class AppsFlyerPushRecordRuleTests
{
    private const string IsoTime = "2020-08-14T05:30:30.118Z";

    private static readonly Dictionary<string, BrokenRule<AppsFlyerPushV1Message>> V1Rules = new()
    {
        ["app_id is required"] = Broken.By<AppsFlyerPushV1Message>("MMP003", "$.app_id", "app_id", m => m.AppId = null!),
        ["appsflyer_device_id is required"] = Broken.By<AppsFlyerPushV1Message>("MMP003", "$.appsflyer_device_id", "appsflyer_device_id", m => m.AppsflyerDeviceId = null!),
        ["app_id empty"] = Broken.By<AppsFlyerPushV1Message>("MMP004", "$.app_id", "app_id", m => m.AppId = ""),
        ["appsflyer_device_id empty"] = Broken.By<AppsFlyerPushV1Message>("MMP004", "$.appsflyer_device_id", "appsflyer_device_id", m => m.AppsflyerDeviceId = ""),

        // event_time and event_type are non-nullable in C#: only a parsed message can lack them
        ["event_time is required"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP003", "$.event_time", "event_time", json => json.Remove("event_time")),
        ["event_type is required"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP003", "$.event_type", "event_type", json => json.Remove("event_type")),
        ["event_time in ISO 8601"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP004", "$.event_time", "event_time", json => json["event_time"] = IsoTime),
        ["event_type unknown"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP004", "$.event_type", "event_type", json => json["event_type"] = "purchase"),
        ["re_targeting_conversion_type unknown"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP004", "$.re_targeting_conversion_type", "re_targeting_conversion_type", json => json["re_targeting_conversion_type"] = "re-install"),
        ["attribution_type unknown"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP004", "$.attribution_type", "attribution_type", json => json["attribution_type"] = "paid"),
        ["install_time without seconds"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP004", "$.install_time", "install_time", json => json["install_time"] = "2020-01-10 08:00"),
        ["install_time_selected_timezone without its offset"] = Broken.OnWire<AppsFlyerPushV1Message>("MMP004", "$.install_time_selected_timezone", "install_time_selected_timezone", json => json["install_time_selected_timezone"] = "2020-01-10 17:00:00.000"),
    };

    private static readonly Dictionary<string, BrokenRule<AppsFlyerPushV2Message>> V2Rules = new()
    {
        ["api_version of V1"] = Broken.By<AppsFlyerPushV2Message>("MMP004", "$.api_version", "api_version", m => m.ApiVersion = "1.0"),
        ["event_time in ISO 8601"] = Broken.OnWire<AppsFlyerPushV2Message>("MMP004", "$.event_time", "event_time", json => json["event_time"] = IsoTime),
        ["retargeting_conversion_type unknown"] = Broken.OnWire<AppsFlyerPushV2Message>("MMP004", "$.retargeting_conversion_type", "retargeting_conversion_type", json => json["retargeting_conversion_type"] = "re-install"),
        ["contributor_1_touch_time in ISO 8601"] = Broken.OnWire<AppsFlyerPushV2Message>("MMP004", "$.contributor_1_touch_time", "contributor_1_touch_time", json => json["contributor_1_touch_time"] = IsoTime),
        ["event_time_selected_timezone with a colon in its offset"] = Broken.OnWire<AppsFlyerPushV2Message>("MMP004", "$.event_time_selected_timezone", "event_time_selected_timezone", json => json["event_time_selected_timezone"] = "2020-01-15 23:57:24.898+09:00"),
    };

    public static TheoryData<string> V1RuleNames() => Broken.Names(V1Rules);

    public static TheoryData<string> V2RuleNames() => Broken.Names(V2Rules);

    [Fact]
    public void Realistic_messages_of_both_versions_are_valid()
    {
        ValidationAssert.Valid(SampleRecords.PushV1InAppEvent().Validate());
        ValidationAssert.Valid(SampleRecords.PushV2InAppEvent().Validate());
    }

    [Theory]
    [MemberData(nameof(V1RuleNames))]
    public void Breaking_a_V1_rule_reports_its_code_at_the_members_path(string rule)
    {
        var (code, path, field, breakIt) = V1Rules[rule];

        ValidationAssert.SingleError(breakIt(SampleRecords.PushV1InAppEvent()).Validate(), code, path, field);
    }

    [Theory]
    [MemberData(nameof(V2RuleNames))]
    public void Breaking_a_V2_rule_reports_its_code_at_the_members_path(string rule)
    {
        var (code, path, field, breakIt) = V2Rules[rule];

        ValidationAssert.SingleError(breakIt(SampleRecords.PushV2InAppEvent()).Validate(), code, path, field);
    }

    [Fact]
    public void A_selected_timezone_time_with_its_plus_sign_escaped_is_the_same_time()
    {
        // "\u002B" is "+" in JSON: System.Text.Json's default encoder writes it so when it re-serializes a message.
        var json = """{"api_version":"2.0","event_time_selected_timezone":"2020-01-15 23:57:24.898\u002B0900"}"""u8;

        var message = AppsFlyerPushV2Message.Parse(json);

        ValidationAssert.Valid(message.Validate());
        Assert.Equal(new DateTimeOffset(2020, 1, 15, 23, 57, 24, 898, TimeSpan.FromHours(9)), message.EventTimeSelectedTimezone);
    }

    [Fact]
    public void A_lenient_boolean_that_is_neither_true_nor_false_is_an_MMP004_at_its_path()
    {
        var json = """{"api_version":"2.0","is_retargeting":"maybe"}"""u8;

        Assert.True(AppsFlyerPushV2Message.TryParse(json, out var message, out var error), error?.ToString());

        Assert.Contains(message.Validate().Errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.is_retargeting" && e.Message.Contains("\"maybe\"", StringComparison.Ordinal));
    }
}
