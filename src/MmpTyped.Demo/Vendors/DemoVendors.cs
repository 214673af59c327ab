using System;
using System.Threading.Tasks;
using MmpTyped.Delivery;
using MmpTyped.Delivery.Configuration;
using MmpTyped.Sandbox;

namespace MmpTyped.Demo.Vendors;

/// <summary>The demo's vendors: a sandbox on 127.0.0.1 that accepts the demo's keys, and the delivery settings that point at it.</summary>
internal static class DemoVendors
{
    private const string AppsFlyerKey = "demo-appsflyer-key";
    private const string AirbridgeToken = "demo-airbridge-token";
    private const string AffiseKey = "demo-affise-key";

    /// <summary>The shop's app at AppsFlyer (its iOS app id) and at Airbridge (its app name); Affise's URL names none.</summary>
    public static MmpAppIds Apps { get; } = new() { AppsFlyerAppId = "id1217828636", AirbridgeAppName = "exampleshop" };

    /// <summary>Starts a sandbox on a free loopback port, on <paramref name="clock"/>.</summary>
    public static Task<MmpSandbox> StartSandboxAsync(TimeProvider clock) => MmpSandbox.StartAsync(new MmpSandboxOptions
    {
        AppsFlyerS2SKey = AppsFlyerKey,
        AirbridgeApiToken = AirbridgeToken,
        AffiseApiKey = AffiseKey,
        TimeProvider = clock,
    });

    /// <summary>Gives the delivery client the demo's keys and sends every vendor's events to <paramref name="sandbox"/>.</summary>
    public static void PointAt(MmpDeliveryOptions options, MmpSandbox sandbox)
    {
        options.AppsFlyer.S2SKey = AppsFlyerKey;
        options.AppsFlyer.BaseUrl = sandbox.BaseAddress;
        options.Airbridge.ApiToken = AirbridgeToken;
        options.Airbridge.BaseUrl = sandbox.BaseAddress;
        options.Affise.ApiKey = AffiseKey;
        options.Affise.BaseUrl = sandbox.BaseAddress;
    }
}
