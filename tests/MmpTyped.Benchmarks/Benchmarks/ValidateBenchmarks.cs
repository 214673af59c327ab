using System;
using BenchmarkDotNet.Attributes;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;
using MmpTyped.Benchmarks.Harness;

namespace MmpTyped.Benchmarks.Benchmarks;

/// <summary>
/// Validate() on each outbound record's example (valid) and on the same example with one rule broken
/// (invalid). The valid call should allocate nothing; the invalid one pays for its error list.
/// </summary>
public class ValidateBenchmarks
{
    private IMmpEvent _valid = null!;
    private IMmpEvent _invalid = null!;

    [Params("appsflyer.s2s", "airbridge.app", "airbridge.web", "affise.s2s")]
    public string Schema { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (_valid, _invalid) = Create(Schema);
        if (!_valid.Validate().IsValid)
            throw new InvalidOperationException($"{Schema}: the valid event is not valid:{Environment.NewLine}{_valid.Validate()}");
        if (_invalid.Validate().IsValid)
            throw new InvalidOperationException($"{Schema}: the invalid event is valid.");
    }

    [Benchmark]
    public MmpValidationResult Valid() => _valid.Validate();

    [Benchmark]
    public MmpValidationResult Invalid() => _invalid.Validate();

    /// <summary>The example, and the example with one rule broken.</summary>
    private static (IMmpEvent Valid, IMmpEvent Invalid) Create(string schema)
    {
        switch (schema)
        {
            case "appsflyer.s2s":
                // The spec's field examples have no eventName: as they are, they break MMP003 (and, with
                // every field at once, MMP005: 1,278 bytes). Valid: with an eventName, without ua and custom_data.
                var appsFlyer = AppsFlyerEvent.Parse(Examples.Read(Examples.AppsFlyerS2S));
                var named = AppsFlyerEvent.Parse(Examples.Read(Examples.AppsFlyerS2S));
                named.EventName = Examples.AppsFlyerEventName;
                named.Ua = null;
                named.CustomData = null;
                return (named, appsFlyer);
            case "airbridge.app":
                // No user.externalUserID and no device.deviceUUID: MMP001.
                var anonymousApp = AirbridgeAppEvent.Parse(Examples.Read(Examples.AirbridgeApp));
                anonymousApp.User!.ExternalUserID = null;
                anonymousApp.Device!.DeviceUUID = null;
                return (AirbridgeAppEvent.Parse(Examples.Read(Examples.AirbridgeApp)), anonymousApp);
            case "airbridge.web":
                // No browser.clientID and no user.externalUserID: MMP001.
                var anonymousWeb = AirbridgeWebEvent.Parse(Examples.Read(Examples.AirbridgeWeb));
                anonymousWeb.User!.ExternalUserID = null;
                anonymousWeb.Browser!.ClientID = null;
                return (AirbridgeWebEvent.Parse(Examples.Read(Examples.AirbridgeWeb)), anonymousWeb);
            case "affise.s2s":
                // No device identifier at all: MMP001.
                var anonymousAffise = AffiseEvent.Parse(Examples.Read(Examples.Affise));
                anonymousAffise.AffiseDeviceId = null;
                anonymousAffise.RandomUserId = null;
                anonymousAffise.GaidAdid = null;
                anonymousAffise.Adid = null;
                return (AffiseEvent.Parse(Examples.Read(Examples.Affise)), anonymousAffise);
            default:
                throw new ArgumentOutOfRangeException(nameof(schema), schema, "No validation case for this schema.");
        }
    }
}
