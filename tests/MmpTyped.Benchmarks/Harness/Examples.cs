using System.IO;
using System.Linq;
using MmpTyped.Testing;

namespace MmpTyped.Benchmarks.Harness;

/// <summary>The vendor documents' example payloads (tests/MmpTyped.Tests/Examples), as UTF-8 bytes.</summary>
internal static class Examples
{
    public const string AppsFlyerS2S = "appsflyer.s2s/spec-android-field-examples.json";
    public const string AirbridgeApp = "airbridge.app/request-payload.json";
    public const string AirbridgeWeb = "airbridge.web/request-payload.json";
    public const string Affise = "affise.s2s/max-event.json";
    public const string PushV1 = "appsflyer.push.v1/v1-non-organic-install-android.json";
    public const string PushV2 = "appsflyer.push.v2/appsflyer-push-v2-example.json";

    /// <summary>
    /// The AppsFlyer spec's field examples give no <c>eventName</c> (the spec requires one but shows no
    /// example value), so the benchmark adds this one to make the event valid.
    /// </summary>
    public const string AppsFlyerEventName = "af_purchase";

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Examples");

    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Folder, relativePath));

    /// <summary>Every example file of one schema.</summary>
    public static string[] All(string schemaId) =>
        [.. Directory.GetFiles(Path.Combine(Folder, schemaId), "*.json").Order(System.StringComparer.Ordinal)];
}
