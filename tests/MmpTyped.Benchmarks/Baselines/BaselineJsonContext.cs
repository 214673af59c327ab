using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MmpTyped.Benchmarks.Baselines;

/// <summary>
/// System.Text.Json source generation for the baseline classes. Serialization takes the generated fast
/// path (GenerationMode Default includes Serialization, no custom converters, and the writes go through a
/// Utf8JsonWriter with these very options); deserialization uses the generated metadata.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AirbridgeAppPayload))]
[JsonSerializable(typeof(AirbridgeWebPayload))]
[JsonSerializable(typeof(AffisePayload))]
[JsonSerializable(typeof(AppsFlyerS2SPayload))]
[JsonSerializable(typeof(AppsFlyerPushV1Payload))]
[JsonSerializable(typeof(AppsFlyerPushV2Payload))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
public partial class BaselineJsonContext : JsonSerializerContext;

/// <summary>The same options without source generation: System.Text.Json's reflection-based serializer.</summary>
internal static class ReflectionJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}

/// <summary>Newtonsoft.Json settings that write the same JSON: nulls skipped, times and numbers left as they came.</summary>
internal static class NewtonsoftJson
{
    public static Newtonsoft.Json.JsonSerializer Serializer { get; } = Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
    {
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
        FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Decimal,
    });
}
