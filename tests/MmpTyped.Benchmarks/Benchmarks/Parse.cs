using System.Text.Json.Serialization.Metadata;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;
using MmpTyped.Benchmarks.Baselines;
using MmpTyped.Benchmarks.Harness;

namespace MmpTyped.Benchmarks.Benchmarks;

// Every record, one class each (filter with '*AppsFlyerParse*', '*PushV2Parse*', ...).

/// <summary>AppsFlyer S2S (appsflyer.s2s): the spec's Android field examples, as they are (no eventName).</summary>
public class AppsFlyerParse : StjParseBenchmarks<AppsFlyerEvent, AppsFlyerS2SPayload>
{
    protected override string ExamplePath => Examples.AppsFlyerS2S;

    protected override JsonTypeInfo<AppsFlyerS2SPayload> TypeInfo => BaselineJsonContext.Default.AppsFlyerS2SPayload;

    protected override PayloadHooks<AppsFlyerS2SPayload> Hooks => AppsFlyerS2SHooks.Instance;
}

/// <summary>Airbridge in-app event (airbridge.app): the document's request payload.</summary>
public class AirbridgeParse : StjParseBenchmarks<AirbridgeAppEvent, AirbridgeAppPayload>
{
    protected override string ExamplePath => Examples.AirbridgeApp;

    protected override JsonTypeInfo<AirbridgeAppPayload> TypeInfo => BaselineJsonContext.Default.AirbridgeAppPayload;
}

/// <summary>Airbridge in-web event (airbridge.web): the document's request payload.</summary>
public class AirbridgeWebParse : StjParseBenchmarks<AirbridgeWebEvent, AirbridgeWebPayload>
{
    protected override string ExamplePath => Examples.AirbridgeWeb;

    protected override JsonTypeInfo<AirbridgeWebPayload> TypeInfo => BaselineJsonContext.Default.AirbridgeWebPayload;
}

/// <summary>Affise add_event (affise.s2s): the document's "Max event".</summary>
public class AffiseParse : StjParseBenchmarks<AffiseEvent, AffisePayload>
{
    protected override string ExamplePath => Examples.Affise;

    protected override JsonTypeInfo<AffisePayload> TypeInfo => BaselineJsonContext.Default.AffisePayload;
}

/// <summary>AppsFlyer Push API V2.0 (appsflyer.push.v2): AppsFlyer's published example message (114 members, most null).</summary>
public class PushV2Parse : StjParseBenchmarks<AppsFlyerPushV2Message, AppsFlyerPushV2Payload>
{
    protected override string ExamplePath => Examples.PushV2;

    protected override JsonTypeInfo<AppsFlyerPushV2Payload> TypeInfo => BaselineJsonContext.Default.AppsFlyerPushV2Payload;

    /// <summary>The same message through <see cref="AppsFlyerPush.Parse"/>, which first reads member names until one tells the version.</summary>
    [BenchmarkDotNet.Attributes.Benchmark]
    public IAppsFlyerPushMessage EitherVersion() => AppsFlyerPush.Parse(Json);
}

/// <summary>
/// AppsFlyer Push API V1.0 (appsflyer.push.v1): the document's non-organic Android install. V1 sends
/// booleans as strings ("wifi": "true"), which System.Text.Json does not read into bool without a custom
/// converter, so it is not a contestant here (Program --check lists which V1 examples it cannot read).
/// </summary>
public class PushV1Parse : ParseBenchmarks<AppsFlyerPushV1Message, AppsFlyerPushV1Payload>
{
    protected override string ExamplePath => Examples.PushV1;
}
