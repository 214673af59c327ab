using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace MmpTyped.Benchmarks.Baselines;

// Plain classes for the Airbridge in-app and in-web payloads, as a System.Text.Json or Newtonsoft.Json
// user would write them: the members of the vendor document's examples, names from the document.

/// <summary>Airbridge in-app event body (airbridge.app).</summary>
public class AirbridgeAppPayload
{
    [JsonPropertyName("eventUUID"), JsonProperty("eventUUID")] public Guid? EventUUID { get; set; }
    [JsonPropertyName("eventTimestamp"), JsonProperty("eventTimestamp")] public long? EventTimestamp { get; set; }
    [JsonPropertyName("user"), JsonProperty("user")] public AirbridgeUserPayload? User { get; set; }
    [JsonPropertyName("device"), JsonProperty("device")] public AirbridgeDevicePayload? Device { get; set; }
    [JsonPropertyName("app"), JsonProperty("app")] public AirbridgeAppInfoPayload? App { get; set; }
    [JsonPropertyName("eventData"), JsonProperty("eventData")] public AirbridgeEventDataPayload? EventData { get; set; }
}

/// <summary>Airbridge in-web event body (airbridge.web).</summary>
public class AirbridgeWebPayload
{
    [JsonPropertyName("eventUUID"), JsonProperty("eventUUID")] public Guid? EventUUID { get; set; }
    [JsonPropertyName("eventTimestamp"), JsonProperty("eventTimestamp")] public long? EventTimestamp { get; set; }
    [JsonPropertyName("user"), JsonProperty("user")] public AirbridgeUserPayload? User { get; set; }
    [JsonPropertyName("browser"), JsonProperty("browser")] public AirbridgeBrowserPayload? Browser { get; set; }
    [JsonPropertyName("eventData"), JsonProperty("eventData")] public AirbridgeEventDataPayload? EventData { get; set; }
}

public class AirbridgeUserPayload
{
    [JsonPropertyName("externalUserID"), JsonProperty("externalUserID")] public string? ExternalUserID { get; set; }
    [JsonPropertyName("externalUserEmail"), JsonProperty("externalUserEmail")] public string? ExternalUserEmail { get; set; }
    [JsonPropertyName("externalUserPhone"), JsonProperty("externalUserPhone")] public string? ExternalUserPhone { get; set; }
    [JsonPropertyName("attributes"), JsonProperty("attributes")] public Dictionary<string, object?>? Attributes { get; set; }
}

public class AirbridgeDevicePayload
{
    [JsonPropertyName("deviceUUID"), JsonProperty("deviceUUID")] public string? DeviceUUID { get; set; }
    [JsonPropertyName("gaid"), JsonProperty("gaid")] public string? Gaid { get; set; }
    [JsonPropertyName("ifa"), JsonProperty("ifa")] public string? Ifa { get; set; }
    [JsonPropertyName("appSetID"), JsonProperty("appSetID")] public string? AppSetID { get; set; }
    [JsonPropertyName("ifv"), JsonProperty("ifv")] public string? Ifv { get; set; }
    [JsonPropertyName("limitAdTracking"), JsonProperty("limitAdTracking")] public bool? LimitAdTracking { get; set; }
    [JsonPropertyName("deviceModel"), JsonProperty("deviceModel")] public string? DeviceModel { get; set; }
    [JsonPropertyName("appTrackingTransparency"), JsonProperty("appTrackingTransparency")] public int? AppTrackingTransparency { get; set; }
    [JsonPropertyName("deviceIdentifier"), JsonProperty("deviceIdentifier")] public string? DeviceIdentifier { get; set; }
    [JsonPropertyName("manufacturer"), JsonProperty("manufacturer")] public string? Manufacturer { get; set; }
    [JsonPropertyName("osName"), JsonProperty("osName")] public string? OsName { get; set; }
    [JsonPropertyName("osVersion"), JsonProperty("osVersion")] public string? OsVersion { get; set; }
    [JsonPropertyName("locale"), JsonProperty("locale")] public string? Locale { get; set; }
    [JsonPropertyName("timezone"), JsonProperty("timezone")] public string? Timezone { get; set; }
    [JsonPropertyName("orientation"), JsonProperty("orientation")] public string? Orientation { get; set; }
    [JsonPropertyName("screen"), JsonProperty("screen")] public AirbridgeScreenPayload? Screen { get; set; }
}

public class AirbridgeScreenPayload
{
    [JsonPropertyName("density"), JsonProperty("density")] public string? Density { get; set; }
    [JsonPropertyName("height"), JsonProperty("height")] public double? Height { get; set; }
    [JsonPropertyName("width"), JsonProperty("width")] public double? Width { get; set; }
}

public class AirbridgeAppInfoPayload
{
    [JsonPropertyName("packageName"), JsonProperty("packageName")] public string? PackageName { get; set; }
    [JsonPropertyName("version"), JsonProperty("version")] public string? Version { get; set; }
}

public class AirbridgeBrowserPayload
{
    [JsonPropertyName("clientID"), JsonProperty("clientID")] public string? ClientID { get; set; }
    [JsonPropertyName("userAgent"), JsonProperty("userAgent")] public string? UserAgent { get; set; }
}

public class AirbridgeEventDataPayload
{
    [JsonPropertyName("shortID"), JsonProperty("shortID")] public string? ShortID { get; set; }
    [JsonPropertyName("trackingData"), JsonProperty("trackingData")] public AirbridgeTrackingDataPayload? TrackingData { get; set; }
    [JsonPropertyName("goal"), JsonProperty("goal")] public AirbridgeGoalPayload? Goal { get; set; }
}

public class AirbridgeTrackingDataPayload
{
    [JsonPropertyName("channel"), JsonProperty("channel")] public string? Channel { get; set; }
    [JsonPropertyName("params"), JsonProperty("params")] public Dictionary<string, object?>? Params { get; set; }
}

public class AirbridgeGoalPayload
{
    [JsonPropertyName("category"), JsonProperty("category")] public string? Category { get; set; }
    [JsonPropertyName("action"), JsonProperty("action")] public string? Action { get; set; }
    [JsonPropertyName("label"), JsonProperty("label")] public string? Label { get; set; }
    [JsonPropertyName("value"), JsonProperty("value")] public decimal? Value { get; set; }
    [JsonPropertyName("semanticAttributes"), JsonProperty("semanticAttributes")] public AirbridgeSemanticAttributesPayload? SemanticAttributes { get; set; }
    [JsonPropertyName("customAttributes"), JsonProperty("customAttributes")] public Dictionary<string, object?>? CustomAttributes { get; set; }
}

public class AirbridgeSemanticAttributesPayload
{
    [JsonPropertyName("currency"), JsonProperty("currency")] public string? Currency { get; set; }
    [JsonPropertyName("action"), JsonProperty("action")] public string? Action { get; set; }
    [JsonPropertyName("label"), JsonProperty("label")] public string? Label { get; set; }
    [JsonPropertyName("query"), JsonProperty("query")] public string? Query { get; set; }
    [JsonPropertyName("transactionID"), JsonProperty("transactionID")] public string? TransactionID { get; set; }
    [JsonPropertyName("inAppPurchased"), JsonProperty("inAppPurchased")] public bool? InAppPurchased { get; set; }
    [JsonPropertyName("products"), JsonProperty("products")] public List<AirbridgeProductPayload>? Products { get; set; }
}

public class AirbridgeProductPayload
{
    [JsonPropertyName("position"), JsonProperty("position")] public string? Position { get; set; }
    [JsonPropertyName("productID"), JsonProperty("productID")] public string? ProductID { get; set; }
    [JsonPropertyName("name"), JsonProperty("name")] public string? Name { get; set; }
    [JsonPropertyName("price"), JsonProperty("price")] public decimal? Price { get; set; }
    [JsonPropertyName("quantity"), JsonProperty("quantity")] public int? Quantity { get; set; }
    [JsonPropertyName("currency"), JsonProperty("currency")] public string? Currency { get; set; }
}
