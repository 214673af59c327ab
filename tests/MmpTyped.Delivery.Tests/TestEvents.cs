using System;
using System.Globalization;
using System.Text;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Delivery.Tests;

/// <summary>Valid events of each outbound schema, and the app each one goes to.</summary>
internal static class TestEvents
{
    public const string AppsFlyerApp = "com.example.shop";
    public const string AirbridgeAppName = "exampleshop";

    public static AirbridgeAppEvent AirbridgeApp(DateTimeOffset now, Guid? uuid = null) => new()
    {
        EventUUID = uuid,
        EventTimestamp = now.AddMinutes(-1),
        User = new AirbridgeUser { ExternalUserID = "19443" },
        App = new AirbridgeApp { PackageName = "com.example.shop" },
        EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed", Value = 9.99m } },
    };

    public static AirbridgeWebEvent AirbridgeWeb() => AirbridgeWebEvent.Parse(
        """{"user":{"externalUserID":"19443"},"browser":{"clientID":"05609013-bb5a-4594-bbc3-832cb1b87072"},"eventData":{"shortID":"aef04","goal":{"category":"airbridge.ecommerce.product.addedToCart"}}}"""u8);

    public static AppsFlyerEvent AppsFlyer(DateTimeOffset? eventTime = null) => AppsFlyerEvent.Parse(Encoding.UTF8.GetBytes(
        "{\"appsflyer_id\":\"1547985076649-5309999\",\"eventName\":\"af_purchase\",\"eventValue\":\"{\\\"af_revenue\\\":\\\"9.99\\\"}\",\"os\":\"17.1\""
        + (eventTime is { } at ? ",\"eventTime\":\"" + at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + "\"" : "")
        + "}"));

    public static AffiseEvent Affise() => AffiseEvent.Parse(
        """{"affise_device_id":"3d973489-e784-4f5d-8e51-9bee0ac16b00","event":{"affise_event_name":"Purchase"}}"""u8);

    /// <summary>One valid event per outbound schema, with the app it goes to.</summary>
    public static (string SchemaId, IMmpEvent Event, string? App)[] OnePerSchema(DateTimeOffset now) =>
    [
        ("appsflyer.s2s", AppsFlyer(), AppsFlyerApp),
        ("airbridge.app", AirbridgeApp(now), AirbridgeAppName),
        ("airbridge.web", AirbridgeWeb(), AirbridgeAppName),
        ("affise.s2s", Affise(), null),
    ];
}
