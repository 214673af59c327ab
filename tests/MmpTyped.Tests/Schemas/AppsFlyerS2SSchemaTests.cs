using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MmpTyped.Testing;
using NJsonSchema.Validation;

namespace MmpTyped.Tests.Schemas;

/// <summary>
/// The rules of schemas/appsflyer.s2s.schema.json (AppsFlyer S2S "Send Event", api3): each test starts
/// from a valid payload, breaks one rule, and checks where and how the independent validator rejects it.
/// </summary>
public sealed class AppsFlyerS2SSchemaTests
{
    private const string Schema = "appsflyer.s2s";

    // The consent_data fragment of AppsFlyer's S2S api3 overview table (dev.appsflyer.com, s2s-events-api3-overview).
    private const string OverviewManualConsent =
        """{ "manual": { "gdpr_applies": true, "ad_user_data_enabled": false, "ad_personalization_enabled": true } }""";

    /// <summary>The three required fields only, with a real 13-19 Android id (one seen in public sources).</summary>
    private static JsonObject Minimal() => JsonNode.Parse(
        """{"appsflyer_id": "1478761645371-4988492089443775594", "eventName": "af_purchase", "eventValue": ""}""")!.AsObject();

    private static JsonObject With(string member, JsonNode? value)
    {
        var payload = Minimal();
        payload[member] = value;
        return payload;
    }

    private static JsonNode? Json(string text) => JsonNode.Parse(text);

    private static void Accepted(string member, JsonNode? value) => SchemaAssert.Accepts(Schema, With(member, value));

    private static void Rejected(string member, JsonNode? value, ValidationErrorKind kind, string? path = null) =>
        SchemaAssert.Rejects(Schema, With(member, value), path ?? "$." + member, kind);

    private static void RejectedWithout(string member)
    {
        var payload = Minimal();
        payload.Remove(member);
        SchemaAssert.Rejects(Schema, payload, "$." + member, ValidationErrorKind.PropertyRequired);
    }

    private static JsonObject SpecFieldExamples(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(DocumentedExamples.Folder(Schema), file)))!.AsObject();

    // Required fields (MMP003)

    [Fact]
    public void Minimal_payload_with_only_the_three_required_fields_is_accepted_though_the_vendor_oneOf_would_reject_it() =>
        SchemaAssert.Accepts(Schema, Minimal());

    [Fact]
    public void Payload_without_appsflyer_id_is_rejected() => RejectedWithout("appsflyer_id");

    [Fact]
    public void Payload_without_eventName_is_rejected() => RejectedWithout("eventName");

    [Fact]
    public void Payload_without_eventValue_is_rejected() => RejectedWithout("eventValue");

    // appsflyer_id: real traffic, not the spec's per-platform patterns

    [Fact]
    public void Appsflyer_id_with_7_digits_after_the_dash_as_real_iOS_ids_have_is_accepted() =>
        Accepted("appsflyer_id", "1547985076649-5309999");

    [Fact]
    public void Appsflyer_id_with_18_digits_after_the_dash_as_a_real_Android_id_has_is_accepted() =>
        Accepted("appsflyer_id", "1698811503838-647100570385722663");

    [Fact]
    public void Spec_Android_appsflyer_id_example_fails_the_spec_Android_pattern_but_is_accepted()
    {
        const string specExample = "1234567890123-1234567";
        Assert.Equal(specExample, SpecFieldExamples("spec-android-field-examples.json")["appsflyer_id"]!.GetValue<string>());
        Assert.DoesNotMatch(new Regex(@"\d{13}-\d{19}"), specExample);
        Accepted("appsflyer_id", specExample);
    }

    [Fact]
    public void Appsflyer_id_with_6_digits_after_the_dash_is_rejected() =>
        Rejected("appsflyer_id", "1547985076649-530999", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Appsflyer_id_with_20_digits_after_the_dash_is_rejected() =>
        Rejected("appsflyer_id", "1478761645371-49884920894437755940", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Appsflyer_id_that_is_a_UUID_is_rejected() =>
        Rejected("appsflyer_id", "9c9a82fb-d5de-4cd1-90c3-527441c11828", ValidationErrorKind.PatternMismatch);

    // eventName, eventValue, custom_data

    [Fact]
    public void Empty_eventName_is_rejected() => Rejected("eventName", "", ValidationErrorKind.StringTooShort);

    [Fact]
    public void EventValue_holding_stringified_JSON_is_accepted() =>
        Accepted("eventValue", """{"af_revenue":"-6.50","af_currency":"USD"}""");

    [Fact]
    public void EventValue_of_one_space_as_the_overview_Android_row_says_is_accepted() => Accepted("eventValue", " ");

    [Fact]
    public void EventValue_sent_as_an_object_instead_of_a_string_is_rejected() =>
        Rejected("eventValue", Json("""{"af_revenue": "6"}"""), ValidationErrorKind.StringExpected);

    [Fact]
    public void EventValue_that_is_not_a_JSON_object_text_is_rejected() =>
        Rejected("eventValue", "af_revenue=6", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void EventValue_holding_a_JSON_array_text_is_rejected() =>
        Rejected("eventValue", """[{"af_revenue":"6"}]""", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Custom_data_sent_as_an_object_instead_of_a_string_is_rejected() =>
        Rejected("custom_data", Json("""{"key_b": "value b"}"""), ValidationErrorKind.StringExpected);

    [Fact]
    public void Custom_data_that_is_not_a_JSON_object_text_is_rejected() =>
        Rejected("custom_data", "key_b=value b", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Empty_custom_data_is_accepted() => Accepted("custom_data", "");

    // eventTime: yyyy-MM-dd HH:mm:ss.SSS, UTC

    [Fact]
    public void EventTime_in_the_AppsFlyer_format_is_accepted() => Accepted("eventTime", "2019-05-15 12:17:01.123");

    [Fact]
    public void EventTime_in_ISO_8601_as_rudder_transformer_sends_it_is_rejected() =>
        Rejected("eventTime", "2020-08-14T05:30:30.118Z", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void EventTime_without_milliseconds_is_rejected() =>
        Rejected("eventTime", "2019-05-15 12:17:01", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void EventTime_without_seconds_as_the_appsflyer_python_README_writes_it_is_rejected() =>
        Rejected("eventTime", "2020-02-25 12:00.000", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void EventTime_with_month_13_is_rejected() =>
        Rejected("eventTime", "2019-13-15 12:17:01.123", ValidationErrorKind.PatternMismatch);

    // eventCurrency: three upper-case letters, not the spec's stale enum

    [Fact]
    public void EventCurrency_VED_missing_from_the_spec_enum_is_accepted() => Accepted("eventCurrency", "VED");

    [Fact]
    public void EventCurrency_in_lower_case_is_rejected() =>
        Rejected("eventCurrency", "usd", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void EventCurrency_as_a_symbol_is_rejected() =>
        Rejected("eventCurrency", "US$", ValidationErrorKind.PatternMismatch);

    // sharing_filter: "all" or a non-empty array of non-empty partner ids

    [Fact]
    public void Sharing_filter_all_is_accepted_though_the_spec_type_array_forbids_it() => Accepted("sharing_filter", "all");

    [Fact]
    public void Sharing_filter_array_of_partner_ids_is_accepted() =>
        Accepted("sharing_filter", Json("""["googleadwords_int", "Apple Search Ads"]"""));

    [Fact]
    public void Sharing_filter_string_other_than_all_is_rejected() =>
        Rejected("sharing_filter", "none", ValidationErrorKind.NotAnyOf);

    [Fact]
    public void Empty_sharing_filter_array_is_rejected() =>
        Rejected("sharing_filter", Json("[]"), ValidationErrorKind.NotAnyOf);

    [Fact]
    public void Sharing_filter_with_an_empty_partner_id_is_rejected() =>
        Rejected("sharing_filter", Json("""["googleadwords_int", ""]"""), ValidationErrorKind.NotAnyOf);

    // Enums and ranges

    [Fact]
    public void App_type_app_clip_is_accepted() => Accepted("app_type", "app_clip");

    [Fact]
    public void App_type_other_than_app_clip_or_empty_is_rejected() =>
        Rejected("app_type", "clip", ValidationErrorKind.NotInEnumeration);

    [Fact]
    public void Att_above_3_is_rejected() => Rejected("att", 4, ValidationErrorKind.NumberTooBig);

    [Fact]
    public void Att_below_0_is_rejected() => Rejected("att", -1, ValidationErrorKind.NumberTooSmall);

    [Fact]
    public void Att_sent_as_a_string_as_appsflyer_python_does_is_rejected() =>
        Rejected("att", "example_att", ValidationErrorKind.IntegerExpected);

    [Fact]
    public void Aie_sent_as_a_string_is_rejected() => Rejected("aie", "false", ValidationErrorKind.BooleanExpected);

    [Fact]
    public void Af_events_api_string_true_is_accepted() => Accepted("af_events_api", "true");

    [Fact]
    public void Af_events_api_sent_as_a_boolean_is_rejected() =>
        Rejected("af_events_api", true, ValidationErrorKind.StringExpected);

    [Fact]
    public void Af_events_api_false_is_rejected() =>
        Rejected("af_events_api", "false", ValidationErrorKind.NotInEnumeration);

    // app_set_id (Android)

    [Fact]
    public void App_set_id_with_scope_and_uuid_is_accepted() =>
        Accepted("app_set_id", Json("""{"scope": 2, "id": "f47ac10b-58cc-4372-a567-0e02b2c3d479"}"""));

    [Fact]
    public void App_set_id_scope_3_is_rejected() =>
        Rejected("app_set_id", Json("""{"scope": 3}"""), ValidationErrorKind.NumberTooBig, "$.app_set_id.scope");

    [Fact]
    public void App_set_id_id_that_is_not_a_UUID_is_rejected() =>
        Rejected("app_set_id", Json("""{"id": "f47ac10b58cc4372a5670e02b2c3d479"}"""), ValidationErrorKind.PatternMismatch, "$.app_set_id.id");

    // consent_data: exactly one of tcf and manual (rule consent-tcf-or-manual)

    [Fact]
    public void Consent_data_manual_example_of_the_overview_is_accepted() =>
        Accepted("consent_data", Json(OverviewManualConsent));

    [Fact]
    public void Consent_data_tcf_is_accepted() =>
        Accepted("consent_data", Json(
            """{"tcf": {"policy_version": 4, "gdpr_applies": 1, "cmp_sdk_id": 7, "cmp_sdk_version": 2, "tcstring": "CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA"}}"""));

    [Fact]
    public void Consent_data_with_neither_tcf_nor_manual_is_rejected() =>
        Rejected("consent_data", Json("{}"), ValidationErrorKind.NotAnyOf);

    [Fact]
    public void Consent_data_with_both_tcf_and_manual_is_rejected()
    {
        var both = Json(OverviewManualConsent)!.AsObject();
        both["tcf"] = Json("""{"gdpr_applies": 1}""");
        Rejected("consent_data", both, ValidationErrorKind.ExcludedSchemaValidates);
    }

    [Fact]
    public void Consent_data_tcf_gdpr_applies_of_2_is_rejected() =>
        Rejected("consent_data", Json("""{"tcf": {"gdpr_applies": 2}}"""), ValidationErrorKind.NumberTooBig, "$.consent_data.tcf.gdpr_applies");

    [Fact]
    public void Consent_data_manual_gdpr_applies_as_a_number_is_rejected() =>
        Rejected("consent_data", Json("""{"manual": {"gdpr_applies": 1}}"""), ValidationErrorKind.BooleanExpected, "$.consent_data.manual.gdpr_applies");

    // Hashed PII (MMP006): 64 hex characters, never clear text

    [Fact]
    public void Email_hashed_holding_a_clear_address_is_rejected() =>
        Rejected("email_hashed", "jane.doe@example.com", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Phone_number_hashed_holding_clear_digits_is_rejected() =>
        Rejected("phone_number_hashed", "16505551212", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Phone_number_e164_hashed_holding_a_clear_E164_number_is_rejected() =>
        Rejected("phone_number_e164_hashed", "+12133734253", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void First_name_hashed_holding_a_clear_name_is_rejected() =>
        Rejected("first_name_hashed", "jane", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Last_name_hashed_holding_a_SHA1_hash_is_rejected() =>
        Rejected("last_name_hashed", "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed", ValidationErrorKind.PatternMismatch);

    // Other identifiers and device fields

    [Fact]
    public void Fb_login_id_sent_as_a_number_is_rejected() =>
        Rejected("fb_login_id", Json("10293847561029384"), ValidationErrorKind.StringExpected);

    [Fact]
    public void Fb_login_id_with_letters_is_rejected() =>
        Rejected("fb_login_id", "fb10293847561029384", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Ip_in_IPv6_is_rejected() => Rejected("ip", "2001:db8::1", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Ip_longer_than_16_characters_is_rejected() =>
        Rejected("ip", "2001:0db8:85a3:0000", ValidationErrorKind.StringTooLong);

    [Fact]
    public void Ip_with_an_octet_the_spec_pattern_lets_through_but_above_255_is_rejected() =>
        Rejected("ip", "299.0.0.1", ValidationErrorKind.IpV4Expected);

    [Fact]
    public void Idfa_in_lower_case_is_rejected() =>
        Rejected("idfa", "9876f1aa-2983-3855-27bb-2c626772efab", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Idfa_example_of_the_overview_that_is_not_hex_is_rejected() =>
        Rejected("idfa", "9876F1SS-2983-3855-27RR-2R626772VFNB", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Idfv_in_lower_case_is_rejected() =>
        Rejected("idfv", "95c9bd22-4a4c-41c8-9548-ed07c5c8c145", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void Unknown_member_such_as_legacy_bundle_id_is_accepted() => Accepted("bundle_id", "com.myapp");

    // The spec's per-field examples, assembled (Examples/appsflyer.s2s/README.md)

    [Theory]
    [InlineData("spec-android-field-examples.json")]
    [InlineData("spec-ios-field-examples.json")]
    public void Spec_field_examples_with_an_eventName_added_are_accepted(string file)
    {
        var payload = SpecFieldExamples(file);
        payload["eventName"] = "af_purchase";
        SchemaAssert.Accepts(Schema, payload);
    }

    [Theory]
    [InlineData("spec-android-field-examples.json")]
    [InlineData("spec-ios-field-examples.json")]
    public void Spec_field_examples_written_compactly_exceed_the_size_limit_the_same_spec_states(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoPaths.SchemaFile(Schema)));
        var limit = schema.RootElement.GetProperty("x-mmp-size-limit").GetInt32();
        var compact = SpecFieldExamples(file).ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal(1024, limit);
        Assert.True(Encoding.UTF8.GetByteCount(compact) > limit, $"{file} is {Encoding.UTF8.GetByteCount(compact)} bytes compact.");
    }
}
