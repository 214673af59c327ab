using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;
using MmpTyped.Benchmarks.Baselines;
using MmpTyped.Benchmarks.Baselines.HandWritten;
using MmpTyped.Benchmarks.Harness;

namespace MmpTyped.Benchmarks.Benchmarks;

// The outbound records, one class each (filter with '*AppsFlyerSerialize*', '*AirbridgeSerialize*', ...).

/// <summary>AppsFlyer S2S "Send Event" (appsflyer.s2s): the spec's Android field examples plus an eventName.</summary>
public class AppsFlyerSerialize : SerializeBenchmarks<AppsFlyerS2SPayload>
{
    protected override string ExamplePath => Examples.AppsFlyerS2S;

    protected override IMmpEvent CreateRecord(byte[] example)
    {
        var record = AppsFlyerEvent.Parse(example);
        record.EventName = Examples.AppsFlyerEventName;
        return record;
    }

    protected override JsonTypeInfo<AppsFlyerS2SPayload> TypeInfo => BaselineJsonContext.Default.AppsFlyerS2SPayload;

    protected override void WriteByHand(Utf8JsonWriter writer, AppsFlyerS2SPayload payload) => AppsFlyerHandWritten.Write(writer, payload);

    protected override PayloadHooks<AppsFlyerS2SPayload> Hooks => AppsFlyerS2SHooks.Instance;
}

/// <summary>Airbridge in-app event (airbridge.app): the document's request payload.</summary>
public class AirbridgeSerialize : SerializeBenchmarks<AirbridgeAppPayload>
{
    protected override string ExamplePath => Examples.AirbridgeApp;

    protected override IMmpEvent CreateRecord(byte[] example) => AirbridgeAppEvent.Parse(example);

    protected override JsonTypeInfo<AirbridgeAppPayload> TypeInfo => BaselineJsonContext.Default.AirbridgeAppPayload;

    protected override void WriteByHand(Utf8JsonWriter writer, AirbridgeAppPayload payload) => AirbridgeHandWritten.Write(writer, payload);
}

/// <summary>Airbridge in-web event (airbridge.web): the document's request payload.</summary>
public class AirbridgeWebSerialize : SerializeBenchmarks<AirbridgeWebPayload>
{
    protected override string ExamplePath => Examples.AirbridgeWeb;

    protected override IMmpEvent CreateRecord(byte[] example) => AirbridgeWebEvent.Parse(example);

    protected override JsonTypeInfo<AirbridgeWebPayload> TypeInfo => BaselineJsonContext.Default.AirbridgeWebPayload;

    protected override void WriteByHand(Utf8JsonWriter writer, AirbridgeWebPayload payload) => AirbridgeHandWritten.Write(writer, payload);
}

/// <summary>Affise add_event (affise.s2s): the document's "Max event".</summary>
public class AffiseSerialize : SerializeBenchmarks<AffisePayload>
{
    protected override string ExamplePath => Examples.Affise;

    protected override IMmpEvent CreateRecord(byte[] example) => AffiseEvent.Parse(example);

    protected override JsonTypeInfo<AffisePayload> TypeInfo => BaselineJsonContext.Default.AffisePayload;

    protected override void WriteByHand(Utf8JsonWriter writer, AffisePayload payload) => AffiseHandWritten.Write(writer, payload);
}
