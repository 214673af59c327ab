using System;
using System.Collections.Generic;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Testing;

/// <summary>
/// A purchase defined once for AppsFlyer, Airbridge and Affise, written by hand over the generated vendor records as a
/// class with several [MmpEvent] attributes is completed: real vendor messages that write and validate themselves.
/// Shared by the delivery and the outbox tests (linked into both projects).
/// </summary>
internal sealed record OncePurchase : IMmpMultiVendorEvent
{
    public const string AppsFlyerId = "1547985076649-5309999";

    public required string OrderId { get; init; }

    public decimal Revenue { get; init; } = 159990m;

    public string Currency { get; init; } = "KRW";

    public required DateTimeOffset Happened { get; init; }

    public string CustomerUserId { get; init; } = "19443";

    /// <summary>Affise's device id: null leaves Affise's message without any device id (MMP001 for Affise alone).</summary>
    public string? AffiseDeviceId { get; init; } = "3d973489-e784-4f5d-8e51-9bee0ac16b00";

    /// <summary>Vendor messages after the three, for schemas the client has no route for.</summary>
    public IReadOnlyList<MmpVendorEvent> More { get; init; } = [];

    public IReadOnlyList<MmpVendorEvent> ToVendorEvents() =>
    [
        new("appsflyer.s2s", new AppsFlyerEvent
        {
            AppsflyerId = AppsFlyerId,
            EventName = "af_purchase",
            EventValue = new MmpAttributes { ["af_revenue"] = Revenue, ["af_currency"] = Currency, ["af_order_id"] = OrderId },
            EventTime = Happened,
            EventCurrency = Currency,
            CustomerUserId = CustomerUserId,
        }),
        new("airbridge.app", new AirbridgeAppEvent
        {
            EventTimestamp = Happened,
            User = new AirbridgeUser { ExternalUserID = CustomerUserId },
            App = new AirbridgeApp { PackageName = "com.example.shop" },
            EventData = new AirbridgeEventData
            {
                Goal = new AirbridgeGoal
                {
                    Category = "airbridge.ecommerce.order.completed",
                    Value = Revenue,
                    SemanticAttributes = new AirbridgeSemanticAttributes { Currency = Currency, TransactionID = OrderId },
                },
            },
        }),
        new("affise.s2s", new AffiseEvent
        {
            AffiseDeviceId = AffiseDeviceId,
            Event = new AffiseEventDetails
            {
                AffiseEventName = "Purchase",
                AffiseEventTimestamp = Happened,
                AffiseParameters = new AffiseParameters { AffisePRevenue = Revenue, AffisePCurrency = Currency, AffisePConversionId = OrderId },
            },
        }),
        .. More,
    ];
}
