namespace MmpTyped.Generators.Tests.Events;

/// <summary>
/// [MmpEvent] classes as users write them, one per outbound vendor, each with static helpers the tests
/// call by reflection after the compiled output is loaded: build → JSON, validate, parse → JSON.
/// </summary>
internal static class EventSources
{
    public const string Purchases = """
        #pragma warning disable CS1591 // the user's own code; the generated half is checked in full
        using System;
        using System.Text;
        using MmpTyped;
        using MmpTyped.Airbridge;

        namespace Shop.Events;

        [MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
        public partial class AirbridgeOrder
        {
            [MmpField("value")] public decimal Total { get; init; }
            [MmpField("semanticAttributes.currency")] public required string Currency { get; init; }
            [MmpField("semanticAttributes.transactionID")] public string? OrderId { get; set; }
            public string? Coupon { get; init; }
            public int Items { get; init; }
        }

        [MmpEvent("airbridge.web", "signup_completed")]
        public partial record WebSignup
        {
            public string? Referrer { get; init; }
        }

        [MmpEvent("appsflyer.s2s", "af_purchase")]
        public partial class AppsFlyerOrder
        {
            [MmpField("af_revenue")] public decimal Revenue { get; init; }
            [MmpField("af_currency")] public string Currency { get; init; } = "USD";
            public bool FirstOrder { get; init; }
        }

        [MmpEvent("affise.s2s", "Purchase")]
        public partial class AffiseOrder
        {
            [MmpField("affise_event_id")] public Guid? EventId { get; init; }
            [MmpField("affise_parameters.affise_p_revenue")] public decimal Revenue { get; init; }
            [MmpField("affise_parameters.affise_p_currency")] public string? Currency { get; init; }
            public string? Campaign { get; init; }
        }

        public static class Scenarios
        {
            public static string AirbridgeJson() => MmpJson.Serialize(new AirbridgeOrder
            {
                User = new AirbridgeUser { ExternalUserID = "19443" },
                App = new AirbridgeApp { PackageName = "com.example.shop" },
                Total = 159990m,
                Currency = "KRW",
                OrderId = "12939172",
                Coupon = "WINTER10",
                Items = 2,
            });

            public static string AirbridgeWithoutIdentifier() => new AirbridgeOrder
            {
                App = new AirbridgeApp { PackageName = "com.example.shop" },
                Currency = "KRW",
            }.Validate().ToString();

            public static string WebJson() => MmpJson.Serialize(new WebSignup
            {
                User = new AirbridgeUser { ExternalUserID = "u-1" },
                Referrer = "newsletter",
            });

            public static string WebAnonymous() => new WebSignup { Browser = new AirbridgeBrowser { ClientID = "c-1" } }.Validate().ToString();

            public static string AppsFlyerJson() => MmpJson.Serialize(new AppsFlyerOrder
            {
                AppsflyerId = "1547985076649-5309999",
                Revenue = 9.99m,
                FirstOrder = true,
            });

            public static string AppsFlyerEmpty() => MmpJson.Serialize(new AppsFlyerOrder { AppsflyerId = "1547985076649-5309999", Currency = null! });

            public static string AffiseJson() => MmpJson.Serialize(new AffiseOrder
            {
                AffiseDeviceId = "3d973489-e784-4f5d-8e51-9bee0ac16b00",
                EventId = Guid.Parse("780df130-2302-4037-a628-ae087bcb2923"),
                Revenue = 0.3m,
                Currency = "USD",
                Campaign = "spring",
            });

            public static string AffiseWithoutDevice() => new AffiseOrder { Revenue = 1m }.Validate().ToString();

            public static string RoundTrip(string type, string json) => type switch
            {
                "airbridge" => MmpJson.Serialize(AirbridgeOrder.Parse(Encoding.UTF8.GetBytes(json))),
                "web" => MmpJson.Serialize(WebSignup.Parse(Encoding.UTF8.GetBytes(json))),
                "appsflyer" => MmpJson.Serialize(AppsFlyerOrder.Parse(Encoding.UTF8.GetBytes(json))),
                _ => MmpJson.Serialize(AffiseOrder.Parse(Encoding.UTF8.GetBytes(json))),
            };

            public static string ParseError(string json) =>
                AirbridgeOrder.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error) ? "parsed" : error.ToString();
        }
        """;
}
