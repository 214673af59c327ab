using MmpTyped;

namespace Shop.Tracking;

/// <summary>A subscription renewal for Airbridge; the generator adds the envelope (user, device, app).</summary>
[MmpEvent("airbridge.app", "subscription_renewed")]
public partial class SubscriptionRenewed
{
    [MmpField("value")]
    public decimal Price { get; init; }

    [MmpField("semanticAttributes.currency")]
    public required string Currency { get; init; }
}
