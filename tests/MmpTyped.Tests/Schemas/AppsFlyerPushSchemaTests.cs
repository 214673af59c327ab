using System.IO;
using System.Text.Json.Nodes;
using NJsonSchema.Validation;

using MmpTyped.Testing;

namespace MmpTyped.Tests.Schemas;

/// <summary>
/// The rules of <c>appsflyer.push.v1</c> and <c>appsflyer.push.v2</c>: the required lists, the enums, the
/// timestamp patterns and the lenient wire forms of inbound Push API messages (each accepted form, and one
/// value outside them rejected).
/// A value that breaks the pattern of a field whose <c>type</c> lists several wire forms (a nullable timestamp,
/// a lenient amount) is reported by NJsonSchema as <c>NoTypeValidates</c> at the field, not as
/// <c>PatternMismatch</c>: the payloads below are strings, so the pattern is the only thing they break.
/// </summary>
public sealed class AppsFlyerPushSchemaTests
{
    private const string V1 = "appsflyer.push.v1";
    private const string V2 = "appsflyer.push.v2";

    // ---- helpers ---------------------------------------------------------------------------------

    private static string ExampleText(string schemaId, string file) =>
        File.ReadAllText(Path.Combine(DocumentedExamples.Folder(schemaId), file));

    /// <summary>A documented V1 message (the V1.0 document's non-organic Android install), the base of V1 rule tests.</summary>
    private static JsonObject V1Message() =>
        JsonNode.Parse(ExampleText(V1, "v1-non-organic-install-android.json"))!.AsObject();

    /// <summary>AppsFlyer's published V2 example message (a real one), the base of V2 rule tests.</summary>
    private static JsonObject V2Message() =>
        JsonNode.Parse(ExampleText(V2, "appsflyer-push-v2-example.json"))!.AsObject();

    private static JsonObject With(JsonObject message, string field, JsonNode? value)
    {
        message[field] = value;
        return message;
    }

    private static JsonObject Without(JsonObject message, string field)
    {
        message.Remove(field);
        return message;
    }

    // ---- V1: required list -----------------------------------------------------------------------

    [Fact]
    public void V1_minimal_message_with_only_the_required_fields_is_accepted() =>
        SchemaAssert.Accepts(V1, """{"app_id":"com.example","appsflyer_device_id":"1544699211327-5372776","event_time":"2018-12-13 10:40:33","event_type":"install"}""");

    [Theory]
    [InlineData("app_id")]
    [InlineData("appsflyer_device_id")]
    [InlineData("event_time")]
    [InlineData("event_type")]
    public void V1_message_without_a_required_field_is_rejected(string field) =>
        SchemaAssert.Rejects(V1, Without(V1Message(), field), "$." + field, ValidationErrorKind.PropertyRequired);

    [Fact]
    public void V1_empty_appsflyer_device_id_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "appsflyer_device_id", ""), "$.appsflyer_device_id", ValidationErrorKind.StringTooShort);

    [Fact]
    public void V1_null_app_id_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "app_id", null), "$.app_id", ValidationErrorKind.StringExpected);

    [Fact]
    public void V2_message_is_not_a_V1_message() =>
        SchemaAssert.Rejects(V1, V2Message(), "$.appsflyer_device_id", ValidationErrorKind.PropertyRequired);

    [Fact]
    public void V1_message_carrying_V2_only_fields_is_still_accepted() =>
        SchemaAssert.Accepts(V1, With(With(V1Message(), "api_version", "2.0"), "appsflyer_id", "1544699211327-5372776"));

    [Fact]
    public void V1_repaired_re_attribution_in_app_event_android_is_accepted() =>
        SchemaAssert.Accepts(V1, ExampleText(V1, "v1-re-attribution-in-app-events-android.json")
            .Replace("""\"GBP",""", """\"GBP\",""", System.StringComparison.Ordinal));

    // ---- V1: enums -------------------------------------------------------------------------------

    [Fact]
    public void V1_event_type_outside_install_in_app_event_re_engagement_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "event_type", "re-attribution"), "$.event_type", ValidationErrorKind.NotInEnumeration);

    [Fact]
    public void V1_attribution_type_outside_organic_regular_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "attribution_type", "Organic"), "$.attribution_type", ValidationErrorKind.NotInEnumeration);

    [Fact]
    public void V1_re_targeting_conversion_type_outside_re_engagement_re_attribution_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "re_targeting_conversion_type", "reinstall"), "$.re_targeting_conversion_type", ValidationErrorKind.NotInEnumeration);

    [Theory]
    [InlineData("\"re-engagement\"")]
    [InlineData("\"re-attribution\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void V1_re_targeting_conversion_type_accepts_both_values_and_blank(string value) =>
        SchemaAssert.Accepts(V1, With(V1Message(), "re_targeting_conversion_type", JsonNode.Parse(value)));

    // ---- V1: timestamps --------------------------------------------------------------------------

    [Theory]
    [InlineData("event_time", "2018-12-10 12:29:26")]
    [InlineData("event_time", "2018-12-10 12:29:26.387")]
    [InlineData("click_time", "")]
    [InlineData("download_time", "2018-12-10 12:29:14")]
    public void V1_af_datetime_accepts_seconds_milliseconds_and_blank_where_optional(string field, string value) =>
        SchemaAssert.Accepts(V1, With(V1Message(), field, value));

    [Fact]
    public void V1_event_time_in_ISO_8601_form_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "event_time", "2018-12-10T12:29:26Z"), "$.event_time", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void V1_required_event_time_may_not_be_blank() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "event_time", ""), "$.event_time", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void V1_install_time_without_seconds_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "install_time", "2018-12-10 12:29"), "$.install_time", ValidationErrorKind.NoTypeValidates);

    [Theory]
    [InlineData("2018-12-11 13:50:03.178+0800")]
    [InlineData("2018-12-11 05:50:03-0300")]
    [InlineData("")]
    public void V1_selected_timezone_time_accepts_an_offset_with_or_without_milliseconds(string value) =>
        SchemaAssert.Accepts(V1, With(V1Message(), "install_time_selected_timezone", value));

    [Fact]
    public void V1_selected_timezone_time_without_offset_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "event_time_selected_timezone", "2018-12-10 12:29:26.387"), "$.event_time_selected_timezone", ValidationErrorKind.NoTypeValidates);

    [Fact]
    public void V1_selected_timezone_time_with_a_colon_in_the_offset_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "click_time_selected_timezone", "2018-12-10 12:28:22.177+00:00"), "$.click_time_selected_timezone", ValidationErrorKind.NoTypeValidates);

    // ---- V1: lenient booleans, numbers, JSON ----------------------------------------------------

    [Theory]
    [InlineData("wifi", "true")]
    [InlineData("wifi", "false")]
    [InlineData("wifi", "\"true\"")]
    [InlineData("wifi", "\"false\"")]
    [InlineData("wifi", "\"\"")]
    [InlineData("wifi", "null")]
    [InlineData("is_retargeting", "\"true\"")]
    [InlineData("is_retargeting", "false")]
    public void V1_lenient_boolean_accepts_json_and_text_forms_and_blank(string field, string value) =>
        SchemaAssert.Accepts(V1, With(V1Message(), field, JsonNode.Parse(value)));

    [Fact]
    public void V1_wifi_yes_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "wifi", "yes"), "$.wifi", ValidationErrorKind.NotInEnumeration);

    [Fact]
    public void V1_is_retargeting_as_number_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "is_retargeting", 1), "$.is_retargeting", ValidationErrorKind.NotInEnumeration);

    [Theory]
    [InlineData("af_cost_value", "\"0.0750\"")]
    [InlineData("af_cost_value", "0.075")]
    [InlineData("cost_per_install", "\"\"")]
    [InlineData("revenue_in_selected_currency", "1234.67")]
    [InlineData("revenue_in_selected_currency", "\"1234.67\"")]
    [InlineData("revenue_in_selected_currency", "999")]
    [InlineData("cost_in_selected_currency", "null")]
    public void V1_lenient_amount_accepts_a_number_or_a_numeric_string(string field, string value) =>
        SchemaAssert.Accepts(V1, With(V1Message(), field, JsonNode.Parse(value)));

    [Fact]
    public void V1_af_cost_value_that_is_not_a_number_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "af_cost_value", "USD 0.07"), "$.af_cost_value", ValidationErrorKind.NoTypeValidates);

    [Fact]
    public void V1_revenue_with_a_decimal_comma_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "revenue_in_selected_currency", "1234,67"), "$.revenue_in_selected_currency", ValidationErrorKind.NoTypeValidates);

    [Theory]
    [InlineData("\"{\\\"af_revenue\\\":200,\\\"af_price\\\":250}\"")]
    [InlineData("{\"af_revenue\":200}")]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void V1_event_value_accepts_json_text_the_object_and_blank(string value) =>
        SchemaAssert.Accepts(V1, With(V1Message(), "event_value", JsonNode.Parse(value)));

    [Fact]
    public void V1_event_value_as_array_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "event_value", new JsonArray(1, 2)), "$.event_value", ValidationErrorKind.NoTypeValidates);

    [Fact]
    public void V1_campaign_id_as_number_is_rejected() =>
        SchemaAssert.Rejects(V1, With(V1Message(), "af_c_id", 3025), "$.af_c_id", ValidationErrorKind.NoTypeValidates);

    // ---- V2: required list -----------------------------------------------------------------------

    [Fact]
    public void V2_minimal_message_with_only_api_version_is_accepted() =>
        SchemaAssert.Accepts(V2, """{"api_version":"2.0"}""");

    // api_version is a selectable field: a V2 message without it is still V2. The two versions are told
    // apart by AppsFlyerPush from their members, not by this schema.
    [Fact]
    public void V2_message_without_api_version_is_accepted() =>
        SchemaAssert.Accepts(V2, Without(V2Message(), "api_version"));

    [Fact]
    public void V1_message_is_told_from_a_V2_message_by_its_members() =>
        Assert.Equal(MmpTyped.AppsFlyer.AppsFlyerPushVersion.V1, MmpTyped.AppsFlyer.AppsFlyerPush.DetectVersion(System.Text.Encoding.UTF8.GetBytes(V1Message().ToJsonString())));

    [Fact]
    public void V2_api_version_of_another_major_version_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "api_version", "1.0"), "$.api_version", ValidationErrorKind.PatternMismatch);

    [Fact]
    public void V2_api_version_as_number_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "api_version", 2.0), "$.api_version", ValidationErrorKind.StringExpected);

    // ---- V2: enum and timestamps -----------------------------------------------------------------

    [Fact]
    public void V2_retargeting_conversion_type_outside_re_engagement_re_attribution_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "retargeting_conversion_type", "reinstall"), "$.retargeting_conversion_type", ValidationErrorKind.NotInEnumeration);

    [Theory]
    [InlineData("event_time", "2020-01-15 14:57:24.898")]
    [InlineData("event_time", "2020-01-15 14:57:24")]
    [InlineData("contributor_1_touch_time", "2020-01-14 09:00:00.000")]
    [InlineData("attributed_touch_time_selected_timezone", "2024-01-29 04:01:42.364+0800")]
    public void V2_timestamps_accept_the_documented_forms(string field, string value) =>
        SchemaAssert.Accepts(V2, With(V2Message(), field, value));

    [Fact]
    public void V2_event_time_in_day_month_year_form_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "event_time", "15/01/2020 14:57:24"), "$.event_time", ValidationErrorKind.NoTypeValidates);

    [Fact]
    public void V2_event_time_with_microseconds_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "event_time", "2020-01-15 14:57:24.898123"), "$.event_time", ValidationErrorKind.NoTypeValidates);

    [Fact]
    public void V2_selected_timezone_time_with_a_zone_name_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "event_time_selected_timezone", "2020-01-15 14:57:24.898 UTC"), "$.event_time_selected_timezone", ValidationErrorKind.NoTypeValidates);

    // ---- V2: lenient booleans, numbers, JSON; ids as text ----------------------------------------

    [Theory]
    [InlineData("is_primary_attribution", "\"true\"")]
    [InlineData("is_retargeting", "\"false\"")]
    [InlineData("wifi", "false")]
    [InlineData("is_lat", "null")]
    [InlineData("store_reinstall", "true")]
    [InlineData("is_receipt_validated", "\"\"")]
    public void V2_lenient_boolean_accepts_json_and_text_forms_and_blank(string field, string value) =>
        SchemaAssert.Accepts(V2, With(V2Message(), field, JsonNode.Parse(value)));

    // Not "True": NJsonSchema compares enum members by their text, and JSON true reads as "True" there.
    [Fact]
    public void V2_is_primary_attribution_as_the_text_1_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "is_primary_attribution", "1"), "$.is_primary_attribution", ValidationErrorKind.NotInEnumeration);

    [Theory]
    [InlineData("event_revenue", "\"9.99\"")]
    [InlineData("event_revenue_usd", "9.99")]
    [InlineData("af_cost_value", "\"0.0750\"")]
    [InlineData("cost_in_selected_currency", "\"-1.5\"")]
    public void V2_lenient_amount_accepts_a_number_or_a_numeric_string(string field, string value) =>
        SchemaAssert.Accepts(V2, With(V2Message(), field, JsonNode.Parse(value)));

    [Fact]
    public void V2_event_revenue_that_is_not_a_number_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "event_revenue", "free"), "$.event_revenue", ValidationErrorKind.NoTypeValidates);

    [Theory]
    [InlineData("event_value", "\"{}\"")]
    [InlineData("event_value", "{\"af_revenue\":\"9.99\"}")]
    [InlineData("custom_data", "\"{\\\"plan\\\":\\\"gold\\\"}\"")]
    public void V2_json_fields_accept_json_text_or_the_object(string field, string value) =>
        SchemaAssert.Accepts(V2, With(V2Message(), field, JsonNode.Parse(value)));

    [Fact]
    public void V2_custom_data_as_number_is_rejected() =>
        SchemaAssert.Rejects(V2, With(V2Message(), "custom_data", 42), "$.custom_data", ValidationErrorKind.NoTypeValidates);

    [Theory]
    [InlineData("dma")]
    [InlineData("network_account_id")]
    [InlineData("postal_code")]
    public void V2_numeric_looking_code_sent_as_a_number_is_rejected(string field) =>
        SchemaAssert.Rejects(V2, With(V2Message(), field, 276003), "$." + field, ValidationErrorKind.NoTypeValidates);

    [Theory]
    [InlineData("platform", "watchos")]
    [InlineData("app_id", "id123*******")]
    [InlineData("appsflyer_id", "154**********-*******************")]
    public void V2_free_text_fields_take_values_the_vendor_sends(string field, string value) =>
        SchemaAssert.Accepts(V2, With(V2Message(), field, value));
}
