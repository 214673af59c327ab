using System;
using System.Globalization;

namespace MmpTyped.Sandbox.Tests.Infrastructure;

/// <summary>Vendor events that follow every documented rule, and small changes that break one rule each.</summary>
internal static class Payloads
{
    public const string AppsFlyer = """{"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventValue":"{\"af_revenue\":\"6\"}","os":"17.2"}""";

    public const string AirbridgeApp = """{"eventUUID":"9b4b3e4e-2162-4ae6-8986-91ee84644262","user":{"externalUserID":"19443"},"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed"}}}""";

    public const string AirbridgeWeb = """{"eventUUID":"1c1b3e4e-2162-4ae6-8986-91ee84644262","user":{"externalUserID":"u-1"},"eventData":{"goal":{"category":"airbridge.user.signup"}}}""";

    public const string Affise = """{"affise_device_id":"6f2b1c9e-1f0b-4c53-9a38-5d7a1b1e4c11","event":{"affise_event_name":"Purchase"}}""";

    /// <summary>An Airbridge in-app event with its own UUID and timestamp.</summary>
    public static string AirbridgeAppAt(Guid uuid, DateTimeOffset timestamp) =>
        "{\"eventUUID\":\"" + uuid.ToString("D") + "\",\"eventTimestamp\":" + timestamp.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)
        + AirbridgeAppRest;

    /// <summary>An Airbridge in-app event with a fresh UUID (never a duplicate).</summary>
    public static string AirbridgeAppFresh() => "{\"eventUUID\":\"" + Guid.NewGuid().ToString("D") + "\"" + AirbridgeAppRest;

    private const string AirbridgeAppRest = ""","user":{"externalUserID":"19443"},"app":{"packageName":"com.example.shop"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed"}}}""";
}
