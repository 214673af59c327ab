using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace MmpTyped.Benchmarks.Baselines;

/// <summary>
/// AppsFlyer Push API V2.0 message (appsflyer.push.v2), as a System.Text.Json or Newtonsoft.Json user would write it: one property per member of
/// the schema (the message carries them all, most as null). Booleans are bool, amounts decimal, and the
/// AppsFlyer times, enums and JSON-in-a-string members stay strings: what both libraries read without
/// a custom converter (the generated record reads them into DateTimeOffset, enums and MmpAttributes).
/// </summary>
public class AppsFlyerPushV2Payload
{
    [JsonPropertyName("api_version"), JsonProperty("api_version")] public string? ApiVersion { get; set; }
    [JsonPropertyName("app_id"), JsonProperty("app_id")] public string? AppId { get; set; }
    [JsonPropertyName("appsflyer_id"), JsonProperty("appsflyer_id")] public string? AppsflyerId { get; set; }
    [JsonPropertyName("event_time"), JsonProperty("event_time")] public string? EventTime { get; set; }
    [JsonPropertyName("event_name"), JsonProperty("event_name")] public string? EventName { get; set; }
    [JsonPropertyName("event_value"), JsonProperty("event_value")] public string? EventValue { get; set; }
    [JsonPropertyName("event_source"), JsonProperty("event_source")] public string? EventSource { get; set; }
    [JsonPropertyName("event_revenue"), JsonProperty("event_revenue")] public decimal? EventRevenue { get; set; }
    [JsonPropertyName("event_revenue_currency"), JsonProperty("event_revenue_currency")] public string? EventRevenueCurrency { get; set; }
    [JsonPropertyName("event_revenue_usd"), JsonProperty("event_revenue_usd")] public decimal? EventRevenueUsd { get; set; }
    [JsonPropertyName("custom_data"), JsonProperty("custom_data")] public string? CustomData { get; set; }
    [JsonPropertyName("is_receipt_validated"), JsonProperty("is_receipt_validated")] public bool? IsReceiptValidated { get; set; }
    [JsonPropertyName("conversion_type"), JsonProperty("conversion_type")] public string? ConversionType { get; set; }
    [JsonPropertyName("campaign_type"), JsonProperty("campaign_type")] public string? CampaignType { get; set; }
    [JsonPropertyName("is_retargeting"), JsonProperty("is_retargeting")] public bool? IsRetargeting { get; set; }
    [JsonPropertyName("retargeting_conversion_type"), JsonProperty("retargeting_conversion_type")] public string? RetargetingConversionType { get; set; }
    [JsonPropertyName("is_primary_attribution"), JsonProperty("is_primary_attribution")] public bool? IsPrimaryAttribution { get; set; }
    [JsonPropertyName("store_reinstall"), JsonProperty("store_reinstall")] public bool? StoreReinstall { get; set; }
    [JsonPropertyName("install_time"), JsonProperty("install_time")] public string? InstallTime { get; set; }
    [JsonPropertyName("device_download_time"), JsonProperty("device_download_time")] public string? DeviceDownloadTime { get; set; }
    [JsonPropertyName("attributed_touch_time"), JsonProperty("attributed_touch_time")] public string? AttributedTouchTime { get; set; }
    [JsonPropertyName("attributed_touch_type"), JsonProperty("attributed_touch_type")] public string? AttributedTouchType { get; set; }
    [JsonPropertyName("install_time_selected_timezone"), JsonProperty("install_time_selected_timezone")] public string? InstallTimeSelectedTimezone { get; set; }
    [JsonPropertyName("device_download_time_selected_timezone"), JsonProperty("device_download_time_selected_timezone")] public string? DeviceDownloadTimeSelectedTimezone { get; set; }
    [JsonPropertyName("attributed_touch_time_selected_timezone"), JsonProperty("attributed_touch_time_selected_timezone")] public string? AttributedTouchTimeSelectedTimezone { get; set; }
    [JsonPropertyName("event_time_selected_timezone"), JsonProperty("event_time_selected_timezone")] public string? EventTimeSelectedTimezone { get; set; }
    [JsonPropertyName("selected_timezone"), JsonProperty("selected_timezone")] public string? SelectedTimezone { get; set; }
    [JsonPropertyName("media_source"), JsonProperty("media_source")] public string? MediaSource { get; set; }
    [JsonPropertyName("af_prt"), JsonProperty("af_prt")] public string? AfPrt { get; set; }
    [JsonPropertyName("campaign"), JsonProperty("campaign")] public string? Campaign { get; set; }
    [JsonPropertyName("af_c_id"), JsonProperty("af_c_id")] public string? AfCId { get; set; }
    [JsonPropertyName("af_adset"), JsonProperty("af_adset")] public string? AfAdset { get; set; }
    [JsonPropertyName("af_adset_id"), JsonProperty("af_adset_id")] public string? AfAdsetId { get; set; }
    [JsonPropertyName("af_ad"), JsonProperty("af_ad")] public string? AfAd { get; set; }
    [JsonPropertyName("af_ad_id"), JsonProperty("af_ad_id")] public string? AfAdId { get; set; }
    [JsonPropertyName("af_ad_type"), JsonProperty("af_ad_type")] public string? AfAdType { get; set; }
    [JsonPropertyName("af_channel"), JsonProperty("af_channel")] public string? AfChannel { get; set; }
    [JsonPropertyName("af_keywords"), JsonProperty("af_keywords")] public string? AfKeywords { get; set; }
    [JsonPropertyName("keyword_id"), JsonProperty("keyword_id")] public string? KeywordId { get; set; }
    [JsonPropertyName("keyword_match_type"), JsonProperty("keyword_match_type")] public string? KeywordMatchType { get; set; }
    [JsonPropertyName("af_siteid"), JsonProperty("af_siteid")] public string? AfSiteid { get; set; }
    [JsonPropertyName("af_sub_siteid"), JsonProperty("af_sub_siteid")] public string? AfSubSiteid { get; set; }
    [JsonPropertyName("af_sub1"), JsonProperty("af_sub1")] public string? AfSub1 { get; set; }
    [JsonPropertyName("af_sub2"), JsonProperty("af_sub2")] public string? AfSub2 { get; set; }
    [JsonPropertyName("af_sub3"), JsonProperty("af_sub3")] public string? AfSub3 { get; set; }
    [JsonPropertyName("af_sub4"), JsonProperty("af_sub4")] public string? AfSub4 { get; set; }
    [JsonPropertyName("af_sub5"), JsonProperty("af_sub5")] public string? AfSub5 { get; set; }
    [JsonPropertyName("http_referrer"), JsonProperty("http_referrer")] public string? HttpReferrer { get; set; }
    [JsonPropertyName("original_url"), JsonProperty("original_url")] public string? OriginalUrl { get; set; }
    [JsonPropertyName("deeplink_url"), JsonProperty("deeplink_url")] public string? DeeplinkUrl { get; set; }
    [JsonPropertyName("match_type"), JsonProperty("match_type")] public string? MatchType { get; set; }
    [JsonPropertyName("af_attribution_lookback"), JsonProperty("af_attribution_lookback")] public string? AfAttributionLookback { get; set; }
    [JsonPropertyName("af_reengagement_window"), JsonProperty("af_reengagement_window")] public string? AfReengagementWindow { get; set; }
    [JsonPropertyName("network_account_id"), JsonProperty("network_account_id")] public string? NetworkAccountId { get; set; }
    [JsonPropertyName("custom_dimension"), JsonProperty("custom_dimension")] public string? CustomDimension { get; set; }
    [JsonPropertyName("contributor_1_media_source"), JsonProperty("contributor_1_media_source")] public string? Contributor1MediaSource { get; set; }
    [JsonPropertyName("contributor_1_campaign"), JsonProperty("contributor_1_campaign")] public string? Contributor1Campaign { get; set; }
    [JsonPropertyName("contributor_1_af_prt"), JsonProperty("contributor_1_af_prt")] public string? Contributor1AfPrt { get; set; }
    [JsonPropertyName("contributor_1_touch_type"), JsonProperty("contributor_1_touch_type")] public string? Contributor1TouchType { get; set; }
    [JsonPropertyName("contributor_1_touch_time"), JsonProperty("contributor_1_touch_time")] public string? Contributor1TouchTime { get; set; }
    [JsonPropertyName("contributor_1_match_type"), JsonProperty("contributor_1_match_type")] public string? Contributor1MatchType { get; set; }
    [JsonPropertyName("contributor_2_media_source"), JsonProperty("contributor_2_media_source")] public string? Contributor2MediaSource { get; set; }
    [JsonPropertyName("contributor_2_campaign"), JsonProperty("contributor_2_campaign")] public string? Contributor2Campaign { get; set; }
    [JsonPropertyName("contributor_2_af_prt"), JsonProperty("contributor_2_af_prt")] public string? Contributor2AfPrt { get; set; }
    [JsonPropertyName("contributor_2_touch_type"), JsonProperty("contributor_2_touch_type")] public string? Contributor2TouchType { get; set; }
    [JsonPropertyName("contributor_2_touch_time"), JsonProperty("contributor_2_touch_time")] public string? Contributor2TouchTime { get; set; }
    [JsonPropertyName("contributor_2_match_type"), JsonProperty("contributor_2_match_type")] public string? Contributor2MatchType { get; set; }
    [JsonPropertyName("contributor_3_media_source"), JsonProperty("contributor_3_media_source")] public string? Contributor3MediaSource { get; set; }
    [JsonPropertyName("contributor_3_campaign"), JsonProperty("contributor_3_campaign")] public string? Contributor3Campaign { get; set; }
    [JsonPropertyName("contributor_3_af_prt"), JsonProperty("contributor_3_af_prt")] public string? Contributor3AfPrt { get; set; }
    [JsonPropertyName("contributor_3_touch_type"), JsonProperty("contributor_3_touch_type")] public string? Contributor3TouchType { get; set; }
    [JsonPropertyName("contributor_3_touch_time"), JsonProperty("contributor_3_touch_time")] public string? Contributor3TouchTime { get; set; }
    [JsonPropertyName("contributor_3_match_type"), JsonProperty("contributor_3_match_type")] public string? Contributor3MatchType { get; set; }
    [JsonPropertyName("af_cost_model"), JsonProperty("af_cost_model")] public string? AfCostModel { get; set; }
    [JsonPropertyName("af_cost_value"), JsonProperty("af_cost_value")] public decimal? AfCostValue { get; set; }
    [JsonPropertyName("af_cost_currency"), JsonProperty("af_cost_currency")] public string? AfCostCurrency { get; set; }
    [JsonPropertyName("selected_currency"), JsonProperty("selected_currency")] public string? SelectedCurrency { get; set; }
    [JsonPropertyName("revenue_in_selected_currency"), JsonProperty("revenue_in_selected_currency")] public decimal? RevenueInSelectedCurrency { get; set; }
    [JsonPropertyName("cost_in_selected_currency"), JsonProperty("cost_in_selected_currency")] public decimal? CostInSelectedCurrency { get; set; }
    [JsonPropertyName("gp_referrer"), JsonProperty("gp_referrer")] public string? GpReferrer { get; set; }
    [JsonPropertyName("gp_click_time"), JsonProperty("gp_click_time")] public string? GpClickTime { get; set; }
    [JsonPropertyName("gp_install_begin"), JsonProperty("gp_install_begin")] public string? GpInstallBegin { get; set; }
    [JsonPropertyName("gp_broadcast_referrer"), JsonProperty("gp_broadcast_referrer")] public string? GpBroadcastReferrer { get; set; }
    [JsonPropertyName("install_app_store"), JsonProperty("install_app_store")] public string? InstallAppStore { get; set; }
    [JsonPropertyName("advertising_id"), JsonProperty("advertising_id")] public string? AdvertisingId { get; set; }
    [JsonPropertyName("android_id"), JsonProperty("android_id")] public string? AndroidId { get; set; }
    [JsonPropertyName("imei"), JsonProperty("imei")] public string? Imei { get; set; }
    [JsonPropertyName("oaid"), JsonProperty("oaid")] public string? Oaid { get; set; }
    [JsonPropertyName("amazon_aid"), JsonProperty("amazon_aid")] public string? AmazonAid { get; set; }
    [JsonPropertyName("idfa"), JsonProperty("idfa")] public string? Idfa { get; set; }
    [JsonPropertyName("idfv"), JsonProperty("idfv")] public string? Idfv { get; set; }
    [JsonPropertyName("is_lat"), JsonProperty("is_lat")] public bool? IsLat { get; set; }
    [JsonPropertyName("customer_user_id"), JsonProperty("customer_user_id")] public string? CustomerUserId { get; set; }
    [JsonPropertyName("platform"), JsonProperty("platform")] public string? Platform { get; set; }
    [JsonPropertyName("os_version"), JsonProperty("os_version")] public string? OsVersion { get; set; }
    [JsonPropertyName("device_type"), JsonProperty("device_type")] public string? DeviceType { get; set; }
    [JsonPropertyName("device_model"), JsonProperty("device_model")] public string? DeviceModel { get; set; }
    [JsonPropertyName("device_category"), JsonProperty("device_category")] public string? DeviceCategory { get; set; }
    [JsonPropertyName("operator"), JsonProperty("operator")] public string? Operator { get; set; }
    [JsonPropertyName("carrier"), JsonProperty("carrier")] public string? Carrier { get; set; }
    [JsonPropertyName("wifi"), JsonProperty("wifi")] public bool? Wifi { get; set; }
    [JsonPropertyName("language"), JsonProperty("language")] public string? Language { get; set; }
    [JsonPropertyName("user_agent"), JsonProperty("user_agent")] public string? UserAgent { get; set; }
    [JsonPropertyName("country_code"), JsonProperty("country_code")] public string? CountryCode { get; set; }
    [JsonPropertyName("region"), JsonProperty("region")] public string? Region { get; set; }
    [JsonPropertyName("state"), JsonProperty("state")] public string? State { get; set; }
    [JsonPropertyName("city"), JsonProperty("city")] public string? City { get; set; }
    [JsonPropertyName("postal_code"), JsonProperty("postal_code")] public string? PostalCode { get; set; }
    [JsonPropertyName("dma"), JsonProperty("dma")] public string? Dma { get; set; }
    [JsonPropertyName("ip"), JsonProperty("ip")] public string? Ip { get; set; }
    [JsonPropertyName("app_name"), JsonProperty("app_name")] public string? AppName { get; set; }
    [JsonPropertyName("app_version"), JsonProperty("app_version")] public string? AppVersion { get; set; }
    [JsonPropertyName("bundle_id"), JsonProperty("bundle_id")] public string? BundleId { get; set; }
    [JsonPropertyName("sdk_version"), JsonProperty("sdk_version")] public string? SdkVersion { get; set; }
}
