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

    public static string Airbridge() => MmpJson.Serialize(new AirbridgeAppEvent
    {
        User = new AirbridgeUser { ExternalUserID = "19443" },
        App = App,
        EventData = Completed,
    });

    public static string AirbridgeDevice(string userId)
    {
        var evt = new AirbridgeAppEvent { User = new AirbridgeUser { ExternalUserID = userId }, App = App, EventData = Completed };
        evt.Device = new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471", DeviceModel = "iPhone15,2", OsName = AirbridgeDeviceOsName.IOS, OsVersion = "17.4" };
        evt.EventTimestamp = DateTimeOffset.FromUnixTimeSeconds(1767225600);
        return MmpJson.Serialize(evt);
    }

    public static AirbridgeDeviceAlias Consent() => new() { Eea = AirbridgeConsentFlag.Value1 };

    public static string AppsFlyer() => MmpJson.Serialize(new AppsFlyerEvent
    {
        AppsflyerId = "1547985076649-5309999",
        EventName = "af_purchase",
        EventValue = new MmpAttributes(),
        EventCurrency = "USD",
        Ip = "192.168.100.1",
        EmailHashed = MmpHash.Email("jane@example.com"),
        ConsentData = new AppsFlyerConsentData { Tcf = new AppsFlyerTcfConsent() },
    });

    public static string Affise() => MmpJson.Serialize(new AffiseEvent
    {
        AffiseDeviceId = "3d973489-e784-4f5d-8e51-9bee0ac16b00",
        Event = new AffiseEventDetails { AffiseEventName = "Purchase" },
    });

    public static string Renewal() => MmpJson.Serialize(new SubscriptionRenewed { Price = 9.9m, Currency = "EUR", App = App, User = new AirbridgeUser { ExternalUserID = "19443" } });

    public static string Url() => AppsFlyerEvent.BuildUrl("id123456789");

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
