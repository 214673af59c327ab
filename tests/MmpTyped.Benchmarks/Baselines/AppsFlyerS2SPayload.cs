using System.Collections.Generic;
using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace MmpTyped.Benchmarks.Baselines;

// Plain classes for the AppsFlyer S2S "Send Event" body, as a System.Text.Json or Newtonsoft.Json user
// would write them: the members of the spec's field examples, names from the spec. eventValue and
// custom_data are JSON inside a string on the wire: the class carries the wire string, and the inner
// object (EventValueData, CustomDataData) is turned into that string, or read from it, by the same
// library in the benchmark — the honest cost of that shape for a general-purpose serializer.

/// <summary>AppsFlyer S2S event body (appsflyer.s2s).</summary>
public class AppsFlyerS2SPayload
{
    [JsonPropertyName("appsflyer_id"), JsonProperty("appsflyer_id")] public string? AppsflyerId { get; set; }
    [JsonPropertyName("eventName"), JsonProperty("eventName")] public string? EventName { get; set; }
    [JsonPropertyName("eventValue"), JsonProperty("eventValue")] public string? EventValue { get; set; }
    [JsonPropertyName("eventTime"), JsonProperty("eventTime")] public string? EventTime { get; set; }
    [JsonPropertyName("customer_user_id"), JsonProperty("customer_user_id")] public string? CustomerUserId { get; set; }
    [JsonPropertyName("advertising_id"), JsonProperty("advertising_id")] public string? AdvertisingId { get; set; }
    [JsonPropertyName("oaid"), JsonProperty("oaid")] public string? Oaid { get; set; }
    [JsonPropertyName("imei"), JsonProperty("imei")] public string? Imei { get; set; }
    [JsonPropertyName("app_set_id"), JsonProperty("app_set_id")] public AppsFlyerAppSetIdPayload? AppSetId { get; set; }
    [JsonPropertyName("ip"), JsonProperty("ip")] public string? Ip { get; set; }
    [JsonPropertyName("ua"), JsonProperty("ua")] public string? Ua { get; set; }
    [JsonPropertyName("os"), JsonProperty("os")] public string? Os { get; set; }
    [JsonPropertyName("app_version_name"), JsonProperty("app_version_name")] public string? AppVersionName { get; set; }
    [JsonPropertyName("app_store"), JsonProperty("app_store")] public string? AppStore { get; set; }
    [JsonPropertyName("bundleIdentifier"), JsonProperty("bundleIdentifier")] public string? BundleIdentifier { get; set; }
    [JsonPropertyName("sharing_filter"), JsonProperty("sharing_filter")] public List<string>? SharingFilter { get; set; }
    [JsonPropertyName("email_hashed"), JsonProperty("email_hashed")] public string? EmailHashed { get; set; }
    [JsonPropertyName("phone_number_hashed"), JsonProperty("phone_number_hashed")] public string? PhoneNumberHashed { get; set; }
    [JsonPropertyName("phone_number_e164_hashed"), JsonProperty("phone_number_e164_hashed")] public string? PhoneNumberE164Hashed { get; set; }
    [JsonPropertyName("fb_login_id"), JsonProperty("fb_login_id")] public string? FbLoginId { get; set; }
    [JsonPropertyName("custom_data"), JsonProperty("custom_data")] public string? CustomData { get; set; }

    /// <summary>The object eventValue holds as a string.</summary>
    [System.Text.Json.Serialization.JsonIgnore, Newtonsoft.Json.JsonIgnore] public Dictionary<string, object?>? EventValueData { get; set; }

    /// <summary>The object custom_data holds as a string.</summary>
    [System.Text.Json.Serialization.JsonIgnore, Newtonsoft.Json.JsonIgnore] public Dictionary<string, object?>? CustomDataData { get; set; }
}

public class AppsFlyerAppSetIdPayload
{
    [JsonPropertyName("id"), JsonProperty("id")] public string? Id { get; set; }
    [JsonPropertyName("scope"), JsonProperty("scope")] public int? Scope { get; set; }
}
