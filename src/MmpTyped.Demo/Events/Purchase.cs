using System;
using MmpTyped;

namespace MmpTyped.Demo.Events;

/// <summary>
/// A purchase as the shop knows it, defined once for AppsFlyer, Airbridge and Affise: each [MmpField] names the vendor
/// and the place it goes (under the vendor's event slot, or from the message's root with "$."). The generator adds
/// Identities (who the purchase is about, given once) and one method per vendor that builds that vendor's record.
/// </summary>
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

    /// <summary>The purchase's own key: Airbridge drops a second event with the same eventUUID.</summary>
    [MmpField("airbridge.app", "$.eventUUID")]
    [MmpField("affise.s2s", "affise_event_id")]
    public Guid? EventId { get; init; }
}

/// <summary>A subscription renewal for Airbridge alone, as a custom category: the one-vendor form.</summary>
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
