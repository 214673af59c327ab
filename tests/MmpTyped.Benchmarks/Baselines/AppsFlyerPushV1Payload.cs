using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace MmpTyped.Benchmarks.Baselines;

/// <summary>
/// AppsFlyer Push API V1.0 message (appsflyer.push.v1), as a System.Text.Json or Newtonsoft.Json user would write it: one property per member of
/// the schema (the message carries them all, most as null). Booleans are bool, amounts decimal, and the
/// AppsFlyer times, enums and JSON-in-a-string members stay strings: what both libraries read without
/// a custom converter (the generated record reads them into DateTimeOffset, enums and MmpAttributes).
/// </summary>
public class AppsFlyerPushV1Payload
{
    [JsonPropertyName("app_id"), JsonProperty("app_id")] public string? AppId { get; set; }
    [JsonPropertyName("appsflyer_device_id"), JsonProperty("appsflyer_device_id")] public string? AppsflyerDeviceId { get; set; }
    [JsonPropertyName("event_time"), JsonProperty("event_time")] public string? EventTime { get; set; }
    [JsonPropertyName("event_type"), JsonProperty("event_type")] public string? EventType { get; set; }
    [JsonPropertyName("event_name"), JsonProperty("event_name")] public string? EventName { get; set; }
    [JsonPropertyName("event_value"), JsonProperty("event_value")] public string? EventValue { get; set; }
    [JsonPropertyName("re_targeting_conversion_type"), JsonProperty("re_targeting_conversion_type")] public string? ReTargetingConversionType { get; set; }
    [JsonPropertyName("is_retargeting"), JsonProperty("is_retargeting")] public bool? IsRetargeting { get; set; }
    [JsonPropertyName("attribution_type"), JsonProperty("attribution_type")] public string? AttributionType { get; set; }
    [JsonPropertyName("install_time"), JsonProperty("install_time")] public string? InstallTime { get; set; }
    [JsonPropertyName("download_time"), JsonProperty("download_time")] public string? DownloadTime { get; set; }
    [JsonPropertyName("click_time"), JsonProperty("click_time")] public string? ClickTime { get; set; }
    [JsonPropertyName("attributed_touch_time"), JsonProperty("attributed_touch_time")] public string? AttributedTouchTime { get; set; }
    [JsonPropertyName("attributed_touch_type"), JsonProperty("attributed_touch_type")] public string? AttributedTouchType { get; set; }
    [JsonPropertyName("install_time_selected_timezone"), JsonProperty("install_time_selected_timezone")] public string? InstallTimeSelectedTimezone { get; set; }
    [JsonPropertyName("download_time_selected_timezone"), JsonProperty("download_time_selected_timezone")] public string? DownloadTimeSelectedTimezone { get; set; }
    [JsonPropertyName("click_time_selected_timezone"), JsonProperty("click_time_selected_timezone")] public string? ClickTimeSelectedTimezone { get; set; }
    [JsonPropertyName("event_time_selected_timezone"), JsonProperty("event_time_selected_timezone")] public string? EventTimeSelectedTimezone { get; set; }
    [JsonPropertyName("media_source"), JsonProperty("media_source")] public string? MediaSource { get; set; }
    [JsonPropertyName("agency"), JsonProperty("agency")] public string? Agency { get; set; }
    [JsonPropertyName("campaign"), JsonProperty("campaign")] public string? Campaign { get; set; }
    [JsonPropertyName("af_c_id"), JsonProperty("af_c_id")] public string? AfCId { get; set; }
    [JsonPropertyName("af_adset"), JsonProperty("af_adset")] public string? AfAdset { get; set; }
    [JsonPropertyName("af_adset_id"), JsonProperty("af_adset_id")] public string? AfAdsetId { get; set; }
    [JsonPropertyName("af_ad"), JsonProperty("af_ad")] public string? AfAd { get; set; }
    [JsonPropertyName("af_ad_id"), JsonProperty("af_ad_id")] public string? AfAdId { get; set; }
    [JsonPropertyName("af_ad_type"), JsonProperty("af_ad_type")] public string? AfAdType { get; set; }
    [JsonPropertyName("af_channel"), JsonProperty("af_channel")] public string? AfChannel { get; set; }
    [JsonPropertyName("af_keywords"), JsonProperty("af_keywords")] public string? AfKeywords { get; set; }
    [JsonPropertyName("af_siteid"), JsonProperty("af_siteid")] public string? AfSiteid { get; set; }
    [JsonPropertyName("af_sub1"), JsonProperty("af_sub1")] public string? AfSub1 { get; set; }
    [JsonPropertyName("af_sub2"), JsonProperty("af_sub2")] public string? AfSub2 { get; set; }
    [JsonPropertyName("af_sub3"), JsonProperty("af_sub3")] public string? AfSub3 { get; set; }
    [JsonPropertyName("af_sub4"), JsonProperty("af_sub4")] public string? AfSub4 { get; set; }
    [JsonPropertyName("af_sub5"), JsonProperty("af_sub5")] public string? AfSub5 { get; set; }
    [JsonPropertyName("http_referrer"), JsonProperty("http_referrer")] public string? HttpReferrer { get; set; }
    [JsonPropertyName("click_url"), JsonProperty("click_url")] public string? ClickUrl { get; set; }
    [JsonPropertyName("af_click_lookback"), JsonProperty("af_click_lookback")] public string? AfClickLookback { get; set; }
    [JsonPropertyName("af_cost_model"), JsonProperty("af_cost_model")] public string? AfCostModel { get; set; }
    [JsonPropertyName("af_cost_value"), JsonProperty("af_cost_value")] public decimal? AfCostValue { get; set; }
    [JsonPropertyName("af_cost_currency"), JsonProperty("af_cost_currency")] public string? AfCostCurrency { get; set; }
    [JsonPropertyName("cost_per_install"), JsonProperty("cost_per_install")] public decimal? CostPerInstall { get; set; }
    [JsonPropertyName("currency"), JsonProperty("currency")] public string? Currency { get; set; }
    [JsonPropertyName("selected_currency"), JsonProperty("selected_currency")] public string? SelectedCurrency { get; set; }
    [JsonPropertyName("revenue_in_selected_currency"), JsonProperty("revenue_in_selected_currency")] public decimal? RevenueInSelectedCurrency { get; set; }
    [JsonPropertyName("cost_in_selected_currency"), JsonProperty("cost_in_selected_currency")] public decimal? CostInSelectedCurrency { get; set; }
    [JsonPropertyName("fb_campaign_name"), JsonProperty("fb_campaign_name")] public string? FbCampaignName { get; set; }
    [JsonPropertyName("fb_campaign_id"), JsonProperty("fb_campaign_id")] public string? FbCampaignId { get; set; }
    [JsonPropertyName("fb_adset_name"), JsonProperty("fb_adset_name")] public string? FbAdsetName { get; set; }
    [JsonPropertyName("fb_adset_id"), JsonProperty("fb_adset_id")] public string? FbAdsetId { get; set; }
    [JsonPropertyName("fb_adgroup_name"), JsonProperty("fb_adgroup_name")] public string? FbAdgroupName { get; set; }
    [JsonPropertyName("fb_adgroup_id"), JsonProperty("fb_adgroup_id")] public string? FbAdgroupId { get; set; }
    [JsonPropertyName("advertising_id"), JsonProperty("advertising_id")] public string? AdvertisingId { get; set; }
    [JsonPropertyName("android_id"), JsonProperty("android_id")] public string? AndroidId { get; set; }
    [JsonPropertyName("imei"), JsonProperty("imei")] public string? Imei { get; set; }
    [JsonPropertyName("idfa"), JsonProperty("idfa")] public string? Idfa { get; set; }
    [JsonPropertyName("idfv"), JsonProperty("idfv")] public string? Idfv { get; set; }
    [JsonPropertyName("mac"), JsonProperty("mac")] public string? Mac { get; set; }
    [JsonPropertyName("customer_user_id"), JsonProperty("customer_user_id")] public string? CustomerUserId { get; set; }
    [JsonPropertyName("platform"), JsonProperty("platform")] public string? Platform { get; set; }
    [JsonPropertyName("os_version"), JsonProperty("os_version")] public string? OsVersion { get; set; }
    [JsonPropertyName("device_type"), JsonProperty("device_type")] public string? DeviceType { get; set; }
    [JsonPropertyName("device_brand"), JsonProperty("device_brand")] public string? DeviceBrand { get; set; }
    [JsonPropertyName("device_model"), JsonProperty("device_model")] public string? DeviceModel { get; set; }
    [JsonPropertyName("device_name"), JsonProperty("device_name")] public string? DeviceName { get; set; }
    [JsonPropertyName("operator"), JsonProperty("operator")] public string? Operator { get; set; }
    [JsonPropertyName("carrier"), JsonProperty("carrier")] public string? Carrier { get; set; }
    [JsonPropertyName("wifi"), JsonProperty("wifi")] public bool? Wifi { get; set; }
    [JsonPropertyName("language"), JsonProperty("language")] public string? Language { get; set; }
    [JsonPropertyName("country_code"), JsonProperty("country_code")] public string? CountryCode { get; set; }
    [JsonPropertyName("city"), JsonProperty("city")] public string? City { get; set; }
    [JsonPropertyName("ip"), JsonProperty("ip")] public string? Ip { get; set; }
    [JsonPropertyName("app_name"), JsonProperty("app_name")] public string? AppName { get; set; }
    [JsonPropertyName("app_version"), JsonProperty("app_version")] public string? AppVersion { get; set; }
    [JsonPropertyName("bundle_id"), JsonProperty("bundle_id")] public string? BundleId { get; set; }
    [JsonPropertyName("sdk_version"), JsonProperty("sdk_version")] public string? SdkVersion { get; set; }
}
