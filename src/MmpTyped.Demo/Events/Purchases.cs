using MmpTyped;

namespace MmpTyped.Demo.Events;

// One purchase, three vendors: each class is the event as the shop knows it; the generator adds the
// vendor's envelope (identifiers, device, app) and writes the vendor's JSON.

/// <summary>A purchase for AppsFlyer: its fields go into eventValue, the event name into eventName.</summary>
[MmpEvent("appsflyer.s2s", "af_purchase")]
public partial class AppsFlyerPurchase
{
    [MmpField("af_revenue")]
    public decimal Revenue { get; init; }

    [MmpField("af_currency")]
    public required string Currency { get; init; }

    [MmpField("af_content_id")]
    public string? ProductId { get; init; }

    public int Quantity { get; init; }
}

/// <summary>A purchase for Airbridge: fields go under eventData.goal; unannotated ones become custom attributes.</summary>
[MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
public partial class AirbridgePurchase
{
    [MmpField("value")]
    public decimal Total { get; init; }

    [MmpField("semanticAttributes.currency")]
    public required string Currency { get; init; }

    [MmpField("semanticAttributes.transactionID")]
    public required string OrderId { get; init; }

    public string? Coupon { get; init; }
}

/// <summary>A purchase for Affise: fields go under event, the name into event.affise_event_name.</summary>
[MmpEvent("affise.s2s", "Purchase")]
public partial class AffisePurchase
{
    [MmpField("affise_parameters.affise_p_revenue")]
    public decimal Revenue { get; init; }

    [MmpField("affise_parameters.affise_p_currency")]
    public required string Currency { get; init; }

    [MmpField("affise_parameters.affise_p_quantity")]
    public int? Quantity { get; init; }
}

/// <summary>A subscription renewal for Airbridge, as a custom category.</summary>
[MmpEvent("airbridge.app", "subscription_renewed")]
public partial record SubscriptionRenewed
{
    [MmpField("value")]
    public decimal Price { get; init; }

    [MmpField("semanticAttributes.currency")]
    public required string Currency { get; init; }

    public required string Plan { get; init; }

    public int PeriodMonths { get; init; }
}
