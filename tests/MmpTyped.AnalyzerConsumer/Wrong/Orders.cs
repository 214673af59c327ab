using System;
using MmpTyped;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace Shop.Tracking;

public static class Orders
{
    private static AirbridgeApp App => new() { PackageName = "com.example.shop" };

    private static AirbridgeEventData Completed => new() { Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed" } };

    public static string Airbridge() => MmpJson.Serialize(new AirbridgeAppEvent // MMP001: no user id, no device id
    {
        App = App,
        EventData = Completed,
    });

    public static string AirbridgeDevice(string userId)
    {
        var evt = new AirbridgeAppEvent { User = new AirbridgeUser { ExternalUserID = userId }, App = App, EventData = Completed };
        evt.Device = new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471" }; // MMP002
        evt.EventTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(1767225600); // MMP004: seconds as milliseconds
        return MmpJson.Serialize(evt);
    }

    public static AirbridgeDeviceAlias Consent() => new() { Eea = (AirbridgeConsentFlag)2 }; // MMP004

    public static string AppsFlyer() => MmpJson.Serialize(new AppsFlyerEvent
    {
        AppsflyerId = "1547985076649-5309999",
        EventName = "af_purchase",
        EventValue = new MmpAttributes(),
        EventCurrency = "usd", // MMP004
        Ip = "192.168.100.100.1", // MMP004
        EmailHashed = "jane@example.com", // MMP006
        ConsentData = new AppsFlyerConsentData { Tcf = new AppsFlyerTcfConsent(), Manual = new AppsFlyerManualConsent() }, // MMP004
    });

    public static string Affise() => MmpJson.Serialize(new AffiseEvent // MMP001
    {
        Event = new AffiseEventDetails { AffiseEventName = "Purchase" },
    });

    public static string Renewal() => MmpJson.Serialize(new SubscriptionRenewed { Price = 9.9m, Currency = "EUR", App = App }); // MMP001

    public static string Url() => AppsFlyerEvent.BuildUrl("123456789"); // MMP008, an error by .editorconfig

    // Valid, or not known until run time: the analyzers stay silent.
    public static string Later(string userId, string? deviceId)
    {
        var evt = NewOrder();
        evt.User = new AirbridgeUser { ExternalUserID = userId };
        evt.Device = new AirbridgeDevice { DeviceUUID = deviceId };
        return MmpJson.Serialize(evt);
    }

    private static AirbridgeAppEvent NewOrder() => new() { App = App, EventData = Completed };
}
