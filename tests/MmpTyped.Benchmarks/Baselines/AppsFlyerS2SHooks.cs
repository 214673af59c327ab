using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using MmpTyped.Benchmarks.Harness;

namespace MmpTyped.Benchmarks.Baselines;

/// <summary>
/// AppsFlyer's eventValue and custom_data are JSON objects sent inside strings: a System.Text.Json or
/// Newtonsoft.Json user serializes the inner object to a string before writing the body, and parses the
/// string after reading it, with the same library. That is the honest cost of the shape for them, so it
/// is inside the timed call.
/// </summary>
internal sealed class AppsFlyerS2SHooks : PayloadHooks<AppsFlyerS2SPayload>
{
    public static AppsFlyerS2SHooks Instance { get; } = new();

    private static readonly global::Newtonsoft.Json.JsonSerializer Newtonsoft = NewtonsoftJson.Serializer;

    /// <summary>The spec's field examples plus the eventName the benchmark adds (the spec shows none).</summary>
    public override byte[] ExpectedJson(byte[] example)
    {
        var body = JsonNode.Parse(example)!.AsObject();
        body["eventName"] = Examples.AppsFlyerEventName;
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    public override void AfterStjRead(AppsFlyerS2SPayload payload)
    {
        var inner = BaselineJsonContext.Default.DictionaryStringObject;
        payload.EventValueData = payload.EventValue is { } eventValue ? JsonSerializer.Deserialize(eventValue, inner) : null;
        payload.CustomDataData = payload.CustomData is { } customData ? JsonSerializer.Deserialize(customData, inner) : null;
    }

    public override void BeforeStjWrite(AppsFlyerS2SPayload payload)
    {
        var inner = BaselineJsonContext.Default.DictionaryStringObject;
        payload.EventValue = payload.EventValueData is { } eventValue ? JsonSerializer.Serialize(eventValue, inner) : null;
        payload.CustomData = payload.CustomDataData is { } customData ? JsonSerializer.Serialize(customData, inner) : null;
    }

    public override void BeforeStjReflectionWrite(AppsFlyerS2SPayload payload)
    {
        payload.EventValue = payload.EventValueData is { } eventValue ? JsonSerializer.Serialize(eventValue, ReflectionJson.Options) : null;
        payload.CustomData = payload.CustomDataData is { } customData ? JsonSerializer.Serialize(customData, ReflectionJson.Options) : null;
    }

    public override void AfterNewtonsoftRead(AppsFlyerS2SPayload payload)
    {
        payload.EventValueData = payload.EventValue is { } eventValue ? NewtonsoftRead(eventValue) : null;
        payload.CustomDataData = payload.CustomData is { } customData ? NewtonsoftRead(customData) : null;
    }

    public override void BeforeNewtonsoftWrite(AppsFlyerS2SPayload payload)
    {
        payload.EventValue = payload.EventValueData is { } eventValue ? NewtonsoftWrite(eventValue) : null;
        payload.CustomData = payload.CustomDataData is { } customData ? NewtonsoftWrite(customData) : null;
    }

    private static Dictionary<string, object?>? NewtonsoftRead(string json)
    {
        using var reader = new global::Newtonsoft.Json.JsonTextReader(new StringReader(json));
        return Newtonsoft.Deserialize<Dictionary<string, object?>>(reader);
    }

    private static string NewtonsoftWrite(Dictionary<string, object?> value)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Newtonsoft.Serialize(text, value);
        return text.ToString();
    }
}
