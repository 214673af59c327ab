using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace MmpTyped.Benchmarks.Baselines;

// Plain classes for the Affise add_event body, as a System.Text.Json or Newtonsoft.Json user would write
// them: the members of the vendor document's examples, names from the document.

/// <summary>Affise S2S event body (affise.s2s).</summary>
public class AffisePayload
{
    [JsonPropertyName("affise_device_id"), JsonProperty("affise_device_id")] public string? AffiseDeviceId { get; set; }
    [JsonPropertyName("random_user_id"), JsonProperty("random_user_id")] public string? RandomUserId { get; set; }
    [JsonPropertyName("gaid_adid"), JsonProperty("gaid_adid")] public string? GaidAdid { get; set; }
    [JsonPropertyName("adid"), JsonProperty("adid")] public string? Adid { get; set; }
    [JsonPropertyName("event"), JsonProperty("event")] public AffiseEventPayload? Event { get; set; }
}

public class AffiseEventPayload
{
    [JsonPropertyName("affise_event_id"), JsonProperty("affise_event_id")] public Guid? AffiseEventId { get; set; }
    [JsonPropertyName("affise_event_name"), JsonProperty("affise_event_name")] public string? AffiseEventName { get; set; }
    [JsonPropertyName("affise_event_timestamp"), JsonProperty("affise_event_timestamp")] public long? AffiseEventTimestamp { get; set; }
    [JsonPropertyName("affise_event_first_for_user"), JsonProperty("affise_event_first_for_user")] public bool? AffiseEventFirstForUser { get; set; }
    [JsonPropertyName("affise_event_user_data"), JsonProperty("affise_event_user_data")] public string? AffiseEventUserData { get; set; }
    [JsonPropertyName("affise_event_data"), JsonProperty("affise_event_data")] public Dictionary<string, object?>? AffiseEventData { get; set; }
    [JsonPropertyName("affise_parameters"), JsonProperty("affise_parameters")] public AffiseParametersPayload? AffiseParameters { get; set; }
}

public class AffiseParametersPayload
{
    [JsonPropertyName("affise_p_content_ids"), JsonProperty("affise_p_content_ids")] public List<int>? AffisePContentIds { get; set; }
    [JsonPropertyName("affise_p_content_id"), JsonProperty("affise_p_content_id")] public string? AffisePContentId { get; set; }
    [JsonPropertyName("affise_p_content_type"), JsonProperty("affise_p_content_type")] public string? AffisePContentType { get; set; }
    [JsonPropertyName("affise_p_content_list"), JsonProperty("affise_p_content_list")] public List<Dictionary<string, object?>>? AffisePContentList { get; set; }
    [JsonPropertyName("affise_p_currency"), JsonProperty("affise_p_currency")] public string? AffisePCurrency { get; set; }
    [JsonPropertyName("affise_p_quantity"), JsonProperty("affise_p_quantity")] public int? AffisePQuantity { get; set; }
    [JsonPropertyName("affise_p_price"), JsonProperty("affise_p_price")] public decimal? AffisePPrice { get; set; }
    [JsonPropertyName("affise_p_revenue"), JsonProperty("affise_p_revenue")] public decimal? AffisePRevenue { get; set; }
}
