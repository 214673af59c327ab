using System;
using System.Collections.Generic;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Records;

/// <summary>
/// Every rule of <c>appsflyer.s2s</c>, broken once on a valid <see cref="AppsFlyerEvent"/> built in C#:
/// <see cref="AppsFlyerEvent.Validate()"/> reports it with the catalogue's code at the member's path.
/// </summary>
public sealed class AppsFlyerRecordRuleTests
{
    private const string ClearEmail = "jane.doe@example.com";
    private static readonly string NotHex = new('z', 64);

    private static readonly Dictionary<string, BrokenRule<AppsFlyerEvent>> Rules = new()
    {
        // required members (the compiler's `required` is bypassed with null!, as a deserializer or reflection would)
        ["appsflyer_id is required"] = Broken.By<AppsFlyerEvent>("MMP003", "$.appsflyer_id", "appsflyer_id", e => e.AppsflyerId = null!),
        ["eventName is required"] = Broken.By<AppsFlyerEvent>("MMP003", "$.eventName", "eventName", e => e.EventName = null!),
        ["eventValue is required"] = Broken.By<AppsFlyerEvent>("MMP003", "$.eventValue", "eventValue", e => e.EventValue = null!),

        // patterns, lengths, ranges, formats
        ["appsflyer_id without its dash part"] = Broken.By<AppsFlyerEvent>("MMP004", "$.appsflyer_id", "appsflyer_id", e => e.AppsflyerId = "1547985076649"),
        ["eventName empty"] = Broken.By<AppsFlyerEvent>("MMP004", "$.eventName", "eventName", e => e.EventName = ""),
        ["eventCurrency in lower case"] = Broken.By<AppsFlyerEvent>("MMP004", "$.eventCurrency", "eventCurrency", e => e.EventCurrency = "usd"),
        ["eventCurrency as a symbol"] = Broken.By<AppsFlyerEvent>("MMP004", "$.eventCurrency", "eventCurrency", e => e.EventCurrency = "$"),
        ["idfa in lower case"] = Broken.By<AppsFlyerEvent>("MMP004", "$.idfa", "idfa", e => e.Idfa = "9876f1aa-2983-3855-27bb-2c626772efab"),
        ["idfv not a UUID"] = Broken.By<AppsFlyerEvent>("MMP004", "$.idfv", "idfv", e => e.Idfv = "not-an-idfv"),
        ["att above 3"] = Broken.By<AppsFlyerEvent>("MMP004", "$.att", "att", e => e.Att = 4),
        ["att below 0"] = Broken.By<AppsFlyerEvent>("MMP004", "$.att", "att", e => e.Att = -1),
        ["ip with an octet over 255"] = Broken.By<AppsFlyerEvent>("MMP004", "$.ip", "ip", e => e.Ip = "256.1.1.1"),
        ["app_set_id scope above 2"] = Broken.By<AppsFlyerEvent>("MMP004", "$.app_set_id.scope", "scope", e => e.AppSetId = new AppsFlyerAppSetId { Scope = 3, Id = Guid.Parse("7c4681ef-97c6-4ebd-9c04-e22f584b3746") }),
        ["fb_login_id not digits"] = Broken.By<AppsFlyerEvent>("MMP004", "$.fb_login_id", "fb_login_id", e => e.FbLoginId = "fb.jane"),
        ["sharing_filter a string other than all"] = Broken.By<AppsFlyerEvent>("MMP004", "$.sharing_filter", "sharing_filter", e => e.SharingFilter = "none"),
        ["sharing_filter an empty list"] = Broken.By<AppsFlyerEvent>("MMP004", "$.sharing_filter", "sharing_filter", e => e.SharingFilter = Array.Empty<string>()),
        ["sharing_filter an empty partner id"] = Broken.By<AppsFlyerEvent>("MMP004", "$.sharing_filter[1]", "sharing_filter", e => e.SharingFilter = new[] { "googleadwords_int", "" }),
        ["tcf gdpr_applies above 1"] = Broken.By<AppsFlyerEvent>("MMP004", "$.consent_data.tcf.gdpr_applies", "gdpr_applies", e => e.ConsentData = new AppsFlyerConsentData { Tcf = new AppsFlyerTcfConsent { GdprApplies = 2 } }),

        // consent_data: exactly one of tcf and manual
        ["consent_data with both tcf and manual"] = Broken.By<AppsFlyerEvent>("MMP004", "$.consent_data", "tcf", e => e.ConsentData!.Tcf = new AppsFlyerTcfConsent { GdprApplies = 1, Tcstring = "CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA" }),
        ["consent_data with neither tcf nor manual"] = Broken.By<AppsFlyerEvent>("MMP001", "$.consent_data", "manual", e => e.ConsentData = new AppsFlyerConsentData()),

        // hashed PII holding clear text
        ["email_hashed holding an email"] = Broken.By<AppsFlyerEvent>("MMP006", "$.email_hashed", "email_hashed", e => e.EmailHashed = ClearEmail),
        ["email_hashed holding 64 non-hex characters"] = Broken.By<AppsFlyerEvent>("MMP006", "$.email_hashed", "email_hashed", e => e.EmailHashed = NotHex),
        ["phone_number_hashed holding a phone number"] = Broken.By<AppsFlyerEvent>("MMP006", "$.phone_number_hashed", "phone_number_hashed", e => e.PhoneNumberHashed = "821012341234"),
        ["phone_number_e164_hashed holding a phone number"] = Broken.By<AppsFlyerEvent>("MMP006", "$.phone_number_e164_hashed", "phone_number_e164_hashed", e => e.PhoneNumberE164Hashed = "+821012341234"),
        ["first_name_hashed holding a name"] = Broken.By<AppsFlyerEvent>("MMP006", "$.first_name_hashed", "first_name_hashed", e => e.FirstNameHashed = "jane"),
        ["last_name_hashed holding a short digest"] = Broken.By<AppsFlyerEvent>("MMP006", "$.last_name_hashed", "last_name_hashed", e => e.LastNameHashed = "62a14e44f765419d"),

        // values a C# property cannot hold: broken in the JSON, then parsed
        ["eventTime in ISO 8601 instead of yyyy-MM-dd HH:mm:ss.SSS"] = Broken.OnWire<AppsFlyerEvent>("MMP004", "$.eventTime", "eventTime", json => json["eventTime"] = "2020-08-14T05:30:30.118Z"),
        ["eventValue holding an array"] = Broken.OnWire<AppsFlyerEvent>("MMP004", "$.eventValue", "eventValue", json => json["eventValue"] = "[1,2]"),
        ["custom_data not JSON"] = Broken.OnWire<AppsFlyerEvent>("MMP004", "$.custom_data", "custom_data", json => json["custom_data"] = "key=value"),
        ["app_type unknown"] = Broken.OnWire<AppsFlyerEvent>("MMP004", "$.app_type", "app_type", json => json["app_type"] = "instant_app"),
        ["af_events_api false"] = Broken.OnWire<AppsFlyerEvent>("MMP004", "$.af_events_api", "af_events_api", json => json["af_events_api"] = "false"),
        ["app_set_id.id not a UUID"] = Broken.OnWire<AppsFlyerEvent>("MMP004", "$.app_set_id.id", "id", json => json["app_set_id"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "not-a-uuid" }),
    };

    public static TheoryData<string> RuleNames() => Broken.Names(Rules);

    [Fact]
    public void A_realistic_purchase_is_valid()
    {
        ValidationAssert.Valid(SampleRecords.AppsFlyerPurchase().Validate());
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Breaking_a_rule_reports_its_code_at_the_members_path(string rule)
    {
        var (code, path, field, breakIt) = Rules[rule];

        var result = breakIt(SampleRecords.AppsFlyerPurchase()).Validate();

        ValidationAssert.SingleError(result, code, path, field);
    }

    [Fact]
    public void An_IPv6_address_in_ip_breaks_its_pattern_and_its_ipv4_format()
    {
        var purchase = SampleRecords.AppsFlyerPurchase();
        purchase.Ip = "2001:db8::1";

        var result = purchase.Validate();

        ValidationAssert.Errors(result, ("MMP004", "$.ip"), ("MMP004", "$.ip"));
        Assert.All(result.Errors, e => Assert.Contains("'ip'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_payload_of_1024_compact_bytes_passes_and_one_byte_more_is_MMP005_at_the_root()
    {
        var purchase = SampleRecords.AppsFlyerPurchase();
        purchase.CustomerUserId = "";
        purchase.CustomerUserId = new string('x', 1024 - MmpJson.MeasureUtf8Length(purchase));
        Assert.Equal(1024, MmpJson.SerializeToUtf8Bytes(purchase).Length);
        ValidationAssert.Valid(purchase.Validate());

        purchase.CustomerUserId += "x";

        ValidationAssert.SingleError(purchase.Validate(), "MMP005", "$", "1025 bytes");
    }

    [Fact]
    public void The_size_limit_counts_UTF8_bytes_not_characters()
    {
        var purchase = SampleRecords.AppsFlyerPurchase();
        purchase.CustomerUserId = "";
        var room = 1024 - MmpJson.MeasureUtf8Length(purchase);
        purchase.CustomerUserId = new string('가', (room / 3) + 1); // 3 UTF-8 bytes each, fewer characters than bytes left

        var error = Assert.Single(purchase.Validate().Errors);

        Assert.Equal(("MMP005", "$"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("id123456789", "https://api3.appsflyer.com/inappevent/id123456789")]
    [InlineData("com.example.app", "https://api3.appsflyer.com/inappevent/com.example.app")]
    public void BuildUrl_puts_the_app_id_into_the_endpoint(string appId, string expected)
    {
        Assert.Equal(expected, AppsFlyerEvent.BuildUrl(appId));
    }

    [Fact]
    public void BuildUrl_refuses_an_iOS_app_id_without_its_id_prefix_as_MMP008()
    {
        var error = Assert.Throws<ArgumentException>(() => AppsFlyerEvent.BuildUrl("123456789"));

        Assert.Equal("appId", error.ParamName);
        Assert.Contains("MMP008", error.Message, StringComparison.Ordinal);
        Assert.Contains("id123456789", error.Message, StringComparison.Ordinal);
    }
}
