using System;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Records;

/// <summary>
/// Realistic, valid messages of every vendor record, built in C# with object initializers the way a
/// backend would build them. Each call returns a new object, so tests may change it.
/// </summary>
internal static class SampleRecords
{
    /// <summary>The instant the rule tests' clock reads.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A clock reading <see cref="Now"/>.</summary>
    public static readonly TimeProvider Clock = new FixedTimeProvider(Now);

    /// <summary>An iOS purchase with revenue in eventValue, consent, a sharing filter and a hashed email.</summary>
    public static AppsFlyerEvent AppsFlyerPurchase() => new()
    {
        AppsflyerId = "1547985076649-5309999",
        EventName = "af_purchase",
        EventValue = new MmpAttributes
        {
            ["af_revenue"] = 6.99m,
            ["af_currency"] = "USD",
            ["af_content_id"] = "15854",
            ["af_quantity"] = 2,
            ["gift"] = true,
        },
        EventTime = new DateTimeOffset(2026, 1, 15, 11, 30, 5, 123, TimeSpan.Zero),
        EventCurrency = "USD",
        CustomerUserId = "customer-42",
        Idfa = "9876F1AA-2983-3855-27BB-2C626772EFAB",
        Idfv = "95C9BD22-4A4C-41C8-9548-ED07C5C8C145",
        Att = 3,
        Ip = "192.0.2.1",
        Os = "17.2",
        AppVersionName = "4.2.0",
        BundleIdentifier = "com.example.app",
        SharingFilter = new[] { "googleadwords_int", "adcolony_int" },
        ConsentData = new AppsFlyerConsentData
        {
            Manual = new AppsFlyerManualConsent { GdprApplies = true, AdUserDataEnabled = true, AdPersonalizationEnabled = false },
        },
        EmailHashed = "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f",
    };

    /// <summary>An Android order with two products and custom attributes, identified by user and device.</summary>
    public static AirbridgeAppEvent AirbridgeAppOrder(DateTimeOffset happenedAt) => new()
    {
        EventUUID = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262"),
        EventTimestamp = happenedAt,
        User = new AirbridgeUser
        {
            ExternalUserID = "19443",
            ExternalUserEmail = "example@ab180.co",
            Attributes = new MmpAttributes { ["age_group"] = "30", ["vip"] = true },
        },
        Device = new AirbridgeDevice
        {
            DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471",
            Gaid = "2dfca632-86f3-4d22-9746-cdfe7985c471",
            LimitAdTracking = false,
            DeviceModel = "SM-G991N",
            Manufacturer = "Samsung",
            OsName = AirbridgeDeviceOsName.Android,
            OsVersion = "14",
            Locale = "ko-KR",
            Timezone = "Asia/Seoul",
            ClientIP = "203.0.113.7",
            Screen = new AirbridgeScreen { Width = 1080, Height = 2400, Density = "3.0" },
            Alias = new AirbridgeDeviceAlias { Eea = AirbridgeConsentFlag.Value1, AdPersonalization = AirbridgeConsentFlag.Value0, AdUserData = AirbridgeConsentFlag.Value1 },
        },
        App = new AirbridgeApp { PackageName = "com.ab180.co", Version = "1.2.3" },
        EventData = new AirbridgeEventData { Goal = OrderGoal() },
    };

    /// <summary>A web order by a signed-in user (the user id alone identifies it).</summary>
    public static AirbridgeWebEvent AirbridgeWebOrder(DateTimeOffset happenedAt) => new()
    {
        EventUUID = Guid.Parse("0f8d2c1e-53a4-4b7e-9c11-2a6f3e9b8d70"),
        EventTimestamp = happenedAt,
        User = new AirbridgeUser { ExternalUserID = "19443" },
        Browser = new AirbridgeBrowser
        {
            ClientID = "05609013-bb5a-4594-bbc3-832cb1b87072",
            UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        },
        EventData = new AirbridgeWebEventData { ShortID = "aef04", Goal = OrderGoal() },
    };

    /// <summary>A web event by an anonymous visitor: cookie id, short id and full tracking data identify it.</summary>
    public static AirbridgeWebEvent AirbridgeWebAnonymousView(DateTimeOffset happenedAt) => new()
    {
        EventTimestamp = happenedAt,
        Browser = new AirbridgeBrowser { ClientID = "05609013-bb5a-4594-bbc3-832cb1b87072" },
        EventData = new AirbridgeWebEventData
        {
            ShortID = "aef04",
            TrackingData = new AirbridgeTrackingData { Channel = "blog", Params = new MmpAttributes { ["campaign"] = "ad_campaign" } },
            Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.product.viewed" },
        },
    };

    /// <summary>A purchase named by the Affise device id, with custom values and typed parameters.</summary>
    public static AffiseEvent AffisePurchase() => new()
    {
        AffiseDeviceId = "eb4cfa97-5266-4dea-b807-6a345c3ab900",
        RandomUserId = "bd1f6259-3521-45dc-ac48-651b649c1598",
        AppId = "com.example.app",
        FirstOpenTime = DateTimeOffset.FromUnixTimeMilliseconds(1688040000000),
        Event = new AffiseEventDetails
        {
            AffiseEventId = Guid.Parse("5b1a53b4-5d0a-4d6b-8d8b-9d3c7c0e2f11"),
            AffiseEventName = "Purchase",
            AffiseEventTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(1688046085325),
            AffiseEventFirstForUser = true,
            AffiseEventData = new MmpAttributes { ["affise_event_custom_id_03"] = "gold" },
            AffiseParameters = new AffiseParameters
            {
                AffisePContentIds = [123, 789],
                AffisePCurrency = "USD",
                AffisePQuantity = 6,
                AffisePPrice = 0.05m,
                AffisePRevenue = 0.30m,
            },
        },
    };

    /// <summary>A V1 push message for a non-organic iOS in-app event.</summary>
    public static AppsFlyerPushV1Message PushV1InAppEvent() => new()
    {
        AppId = "id1217828636",
        AppsflyerDeviceId = "1547985076649-5309999",
        EventTime = new DateTimeOffset(2020, 1, 15, 14, 57, 24, 898, TimeSpan.Zero),
        EventType = AppsFlyerPushV1MessageEventType.InAppEvent,
        EventName = "af_purchase",
        EventValue = new MmpAttributes { ["af_revenue"] = "6.99", ["af_currency"] = "USD" },
        IsRetargeting = false,
        AttributionType = AppsFlyerPushV1MessageAttributionType.Regular,
        InstallTime = new DateTimeOffset(2020, 1, 10, 8, 0, 0, TimeSpan.Zero),
        InstallTimeSelectedTimezone = new DateTimeOffset(2020, 1, 10, 17, 0, 0, TimeSpan.FromHours(9)),
        MediaSource = "googleadwords_int",
        Campaign = "winter_sale",
        AfCostValue = 0.25m,
        Currency = "USD",
        Idfa = "A7071198-3848-40A5-B3D0-94578D9B1234",
        Platform = "ios",
        Wifi = true,
        CountryCode = "KR",
    };

    /// <summary>A V2 push message for an organic iOS in-app event with revenue.</summary>
    public static AppsFlyerPushV2Message PushV2InAppEvent() => new()
    {
        ApiVersion = "2.0",
        AppId = "id1217828636",
        AppsflyerId = "1547985076649-5309999",
        EventTime = new DateTimeOffset(2020, 1, 15, 14, 57, 24, 898, TimeSpan.Zero),
        EventName = "af_purchase",
        EventValue = new MmpAttributes { ["af_revenue"] = 6.99m },
        EventSource = "SDK",
        EventRevenue = 6.99m,
        EventRevenueCurrency = "USD",
        EventRevenueUsd = 6.99m,
        IsRetargeting = false,
        IsPrimaryAttribution = true,
        RetargetingConversionType = AppsFlyerPushV2MessageRetargetingConversionType.ReEngagement,
        InstallTime = new DateTimeOffset(2019, 1, 20, 4, 51, 16, TimeSpan.Zero),
        EventTimeSelectedTimezone = new DateTimeOffset(2020, 1, 15, 23, 57, 24, 898, TimeSpan.FromHours(9)),
        MediaSource = "organic",
        Idfa = "A7071198-3848-40A5-B3D0-94578D9B1234",
        Platform = "ios",
        Wifi = true,
        CountryCode = "VN",
    };

    private static AirbridgeGoal OrderGoal() => new()
    {
        Category = "airbridge.ecommerce.order.completed",
        Value = 21980m,
        SemanticAttributes = new AirbridgeSemanticAttributes
        {
            Currency = "KRW",
            TransactionID = "12939172",
            InAppPurchased = true,
            TotalValue = 21980m,
            Products =
            [
                new AirbridgeProduct { ProductID = "30372425", Name = "나이키 커스텀", Price = 10990m, Quantity = 1, Currency = "KRW", Position = "1" },
                new AirbridgeProduct { ProductID = "30372426", Name = "Air Max", Price = 10990.00m, Quantity = 1, Currency = "KRW", Position = "2" },
            ],
        },
        CustomAttributes = new MmpAttributes { ["color"] = "red", ["gift"] = true, ["coupon"] = 1000 },
    };
}
