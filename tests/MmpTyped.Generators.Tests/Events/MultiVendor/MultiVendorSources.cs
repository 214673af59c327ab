namespace MmpTyped.Generators.Tests.Events.MultiVendor;

/// <summary>
/// One purchase defined once for AppsFlyer, Airbridge and Affise, beside the same purchase declared once per
/// vendor (the one-vendor form); static helpers the tests call by reflection give each one's JSON for the same data.
/// </summary>
internal static class MultiVendorSources
{
    public const string Purchases = """
        #pragma warning disable CS1591 // the user's own code; the generated half is checked in full
        using System;
        using System.Linq;
        using MmpTyped;
        using MmpTyped.Affise;
        using MmpTyped.Airbridge;

        namespace Shop.Orders;

        [MmpEvent("appsflyer.s2s", "af_purchase")]
        [MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
        [MmpEvent("affise.s2s", "Purchase")]
        public partial class Purchase
        {
            [MmpField("appsflyer.s2s", "af_revenue")]
            [MmpField("airbridge.app", "value")]
            [MmpField("affise.s2s", "affise_parameters.affise_p_revenue")]
            public decimal Revenue { get; init; }

            [MmpField("appsflyer.s2s", "af_currency")]
            [MmpField("appsflyer.s2s", "$.eventCurrency")]
            [MmpField("airbridge.app", "semanticAttributes.currency")]
            [MmpField("affise.s2s", "affise_parameters.affise_p_currency")]
            public required string Currency { get; init; }

            [MmpField("airbridge.app", "semanticAttributes.transactionID")]
            public required string OrderId { get; init; }

            [MmpField("appsflyer.s2s", "af_content_id")]
            public string? ProductId { get; init; }

            [MmpField("appsflyer.s2s", "quantity")]
            [MmpField("affise.s2s", "affise_parameters.affise_p_quantity")]
            public int Quantity { get; init; }

            [MmpField("airbridge.app", "customAttributes.coupon")]
            public string? Coupon { get; init; }

            [MmpField("appsflyer.s2s", "$.eventTime")]
            [MmpField("airbridge.app", "$.eventTimestamp")]
            public DateTimeOffset? OccurredAt { get; init; }

            [MmpField("airbridge.app", "$.eventUUID")]
            [MmpField("affise.s2s", "affise_event_id")]
            public Guid? EventId { get; init; }
        }

        [MmpEvent("appsflyer.s2s", "af_purchase")]
        public partial class AppsFlyerPurchase
        {
            [MmpField("af_revenue")] public decimal Revenue { get; init; }
            [MmpField("af_currency")] public required string Currency { get; init; }
            [MmpField("af_content_id")] public string? ProductId { get; init; }
            public int Quantity { get; init; }
        }

        [MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
        public partial class AirbridgePurchase
        {
            [MmpField("value")] public decimal Total { get; init; }
            [MmpField("semanticAttributes.currency")] public required string Currency { get; init; }
            [MmpField("semanticAttributes.transactionID")] public required string OrderId { get; init; }
            public string? Coupon { get; init; }
        }

        [MmpEvent("affise.s2s", "Purchase")]
        public partial class AffisePurchase
        {
            [MmpField("affise_event_id")] public Guid? EventId { get; init; }
            [MmpField("affise_parameters.affise_p_revenue")] public decimal Revenue { get; init; }
            [MmpField("affise_parameters.affise_p_currency")] public required string Currency { get; init; }
            [MmpField("affise_parameters.affise_p_quantity")] public int? Quantity { get; init; }
        }

        public static class Scenarios
        {
            private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 28, 0, TimeSpan.Zero);
            private static readonly Guid Id = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262");
            private const string AppsFlyerId = "1547985076649-5309999";
            private const string Idfa = "A7071198-3848-40A5-B3D0-94578D9B0E2A";
            private const string AffiseDevice = "3d973489-e784-4f5d-8e51-9bee0ac16b00";

            public static Purchase Once(MmpIdentities who) => new()
            {
                Identities = who,
                Revenue = 159990m,
                Currency = "KRW",
                OrderId = "12939172",
                ProductId = "CH129",
                Quantity = 1,
                Coupon = "WINTER10",
                OccurredAt = At,
                EventId = Id,
            };

            public static MmpIdentities Everyone => new()
            {
                CustomerUserId = "19443",
                AppsFlyerId = AppsFlyerId,
                Idfa = Idfa,
                AffiseDeviceId = AffiseDevice,
                PackageName = "com.example.shop",
            };

            /// <summary>Each vendor's JSON of the purchase defined once, in declaration order, joined by new lines.</summary>
            public static string OnceJson() =>
                string.Join("\n", Once(Everyone).ToVendorEvents().Select(v => v.SchemaId + " " + MmpJson.Serialize(v.Event)));

            /// <summary>The same purchase, with the same data, through the three one-vendor classes.</summary>
            public static string PerVendorJson() => string.Join("\n",
                "appsflyer.s2s " + MmpJson.Serialize(new AppsFlyerPurchase
                {
                    AppsflyerId = AppsFlyerId,
                    CustomerUserId = "19443",
                    Idfa = Idfa,
                    BundleIdentifier = "com.example.shop",
                    EventTime = At,
                    EventCurrency = "KRW",
                    Revenue = 159990m,
                    Currency = "KRW",
                    ProductId = "CH129",
                    Quantity = 1,
                }),
                "airbridge.app " + MmpJson.Serialize(new AirbridgePurchase
                {
                    EventUUID = Id,
                    EventTimestamp = At,
                    User = new AirbridgeUser { ExternalUserID = "19443" },
                    Device = new AirbridgeDevice { Ifa = Idfa },
                    App = new AirbridgeApp { PackageName = "com.example.shop" },
                    Total = 159990m,
                    Currency = "KRW",
                    OrderId = "12939172",
                    Coupon = "WINTER10",
                }),
                "affise.s2s " + MmpJson.Serialize(new AffisePurchase
                {
                    AffiseDeviceId = AffiseDevice,
                    Adid = Idfa,
                    EventId = Id,
                    Revenue = 159990m,
                    Currency = "KRW",
                    Quantity = 1,
                }));

            /// <summary>Each vendor's validation of the purchase with only the identities given.</summary>
            public static string Validations(MmpIdentities who) =>
                string.Join("\n", Once(who).ToVendorEvents().Select(v => v.SchemaId + ": " + v.Event.Validate()));
        }
        """;
}
