namespace MmpTyped.Generators.Tests.Events;

/// <summary>
/// One-vendor [MmpEvent] classes whose properties are all nullable, so that the class adds nothing to a message
/// it parsed: what it writes can be compared byte for byte with what the vendor's own record writes.
/// </summary>
internal static class OnRecordSources
{
    public const string Classes = """
        #pragma warning disable CS1591 // the user's own code
        using System;
        using System.Text;
        using System.Threading.Tasks;
        using MmpTyped;

        namespace Shop.OnRecord;

        [MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
        public partial class AppOrder
        {
            [MmpField("value")] public decimal? Total { get; set; }
            [MmpField("semanticAttributes.transactionID")] public string? OrderId { get; set; }
            public string? Coupon { get; set; }
        }

        [MmpEvent("airbridge.web", "signup_completed")]
        public partial record WebOrder
        {
            [MmpField("value")] public decimal? Total { get; init; }
            public string? Referrer { get; init; }
        }

        [MmpEvent("appsflyer.s2s", "af_purchase")]
        public partial class FlyerOrder
        {
            [MmpField("af_revenue")] public decimal? Revenue { get; set; }
            [MmpField("af_currency")] public string? Currency { get; set; }
            public bool? FirstOrder { get; set; }
        }

        [MmpEvent("appsflyer.s2s", "af_refund")]
        public partial class FlyerRefund
        {
            [MmpField("af_revenue")] public decimal Revenue { get; set; }
        }

        [MmpEvent("affise.s2s", "Purchase")]
        public partial class AffisePurchase
        {
            [MmpField("affise_parameters.affise_p_revenue")] public decimal? Revenue { get; set; }
            public string? Campaign { get; set; }
        }

        public static class OnRecord
        {
            private static byte[] U(string json) => Encoding.UTF8.GetBytes(json);

            /// <summary>The message parsed and written by the one-vendor class, then by the vendor's record.</summary>
            public static string[] Both(string schemaId, string json) => schemaId switch
            {
                "airbridge.app" => [MmpJson.Serialize(AppOrder.Parse(U(json))), MmpJson.Serialize(MmpTyped.Airbridge.AirbridgeAppEvent.Parse(U(json)))],
                "airbridge.web" => [MmpJson.Serialize(WebOrder.Parse(U(json))), MmpJson.Serialize(MmpTyped.Airbridge.AirbridgeWebEvent.Parse(U(json)))],
                "appsflyer.s2s" => [MmpJson.Serialize(FlyerOrder.Parse(U(json))), MmpJson.Serialize(MmpTyped.AppsFlyer.AppsFlyerEvent.Parse(U(json)))],
                _ => [MmpJson.Serialize(AffisePurchase.Parse(U(json))), MmpJson.Serialize(MmpTyped.Affise.AffiseEvent.Parse(U(json)))],
            };

            /// <summary>The class's own values after a parse, as text: what the class read out of the record.</summary>
            public static string Read(string schemaId, string json) => schemaId switch
            {
                "airbridge.app" => AppOrder.Parse(U(json)) is var a ? FormattableString.Invariant($"{a.Total}|{a.OrderId}|{a.Coupon}") : "",
                "airbridge.web" => WebOrder.Parse(U(json)) is var w ? FormattableString.Invariant($"{w.Total}|{w.Referrer}") : "",
                "appsflyer.s2s" => FlyerOrder.Parse(U(json)) is var f ? FormattableString.Invariant($"{f.Revenue}|{f.Currency}|{f.FirstOrder}") : "",
                _ => AffisePurchase.Parse(U(json)) is var p ? FormattableString.Invariant($"{p.Revenue}|{p.Campaign}") : "",
            };

            /// <summary>The same data set on the class and on the vendor's record in code, both written.</summary>
            public static string[] BuiltInCode() =>
            [
                MmpJson.Serialize(new AppOrder
                {
                    User = new MmpTyped.Airbridge.AirbridgeUser { ExternalUserID = "19443" },
                    App = new MmpTyped.Airbridge.AirbridgeApp { PackageName = "com.example.shop" },
                    Total = 159990m, OrderId = "12939172", Coupon = "WINTER10",
                }),
                MmpJson.Serialize(new MmpTyped.Airbridge.AirbridgeAppEvent
                {
                    User = new MmpTyped.Airbridge.AirbridgeUser { ExternalUserID = "19443" },
                    App = new MmpTyped.Airbridge.AirbridgeApp { PackageName = "com.example.shop" },
                    EventData = new MmpTyped.Airbridge.AirbridgeEventData
                    {
                        Goal = new MmpTyped.Airbridge.AirbridgeGoal
                        {
                            Category = "airbridge.ecommerce.order.completed",
                            Value = 159990m,
                            SemanticAttributes = new MmpTyped.Airbridge.AirbridgeSemanticAttributes { TransactionID = "12939172" },
                            CustomAttributes = new MmpAttributes { ["coupon"] = "WINTER10" },
                        },
                    },
                }),
            ];

            public static string ParseError(string json) =>
                AppOrder.TryParse(U(json), out _, out var error) ? "parsed" : error.ToString();

            public static string Validate(string json) => AppOrder.Parse(U(json)).Validate().ToString();

            /// <summary>A refund parsed, written, validated; then its revenue set and written again.</summary>
            public static string[] Refund(string json)
            {
                var refund = FlyerRefund.Parse(U(json));
                var written = MmpJson.Serialize(refund);
                var validation = refund.Validate().ToString();
                refund.Revenue = 2.5m;
                return [written, validation, MmpJson.Serialize(refund)];
            }

            /// <summary>A record class copied with 'with': the copy's envelope change must not reach the original.</summary>
            public static string[] WithCopy()
            {
                var original = new WebOrder { User = new MmpTyped.Airbridge.AirbridgeUser { ExternalUserID = "u-1" }, Referrer = "newsletter" };
                var before = MmpJson.Serialize(original);
                var copy = original with { User = null, Referrer = "ads" };
                var written = MmpJson.Serialize(original);
                // A copy that has not touched its message yet, then a change to the original's envelope.
                var later = original with { Referrer = "later" };
                original.User = new MmpTyped.Airbridge.AirbridgeUser { ExternalUserID = "u-2" };
                return [before, written, MmpJson.Serialize(copy), MmpJson.Serialize(later), MmpJson.Serialize(original)];
            }

            /// <summary>One parsed event written by several threads at once: every write gives the same bytes.</summary>
            public static string[] Concurrent(string json, int writes)
            {
                var order = AppOrder.Parse(U(json));
                var results = new string[writes];
                Parallel.For(0, writes, i => results[i] = MmpJson.Serialize(order));
                return results;
            }
        }
        """;
}
