using System;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Events.MultiVendor;

/// <summary>
/// The generated half of a purchase defined once for three vendors, kept as a snapshot: it fills each vendor's
/// generated record instead of repeating the vendors' envelopes, so it stays the size of the class's own members.
/// </summary>
public sealed class MultiVendorSnapshotTests
{
    [Fact]
    public void A_multi_vendor_purchase_generates_its_snapshot()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(MultiVendorSources.Purchases));

        var purchase = run.Sources.Where(s => s.HintName == "Shop.Orders.Purchase.g.cs").ToList();

        Assert.Single(purchase);
        Snapshot.Verify(nameof(A_multi_vendor_purchase_generates_its_snapshot), purchase);
    }
}
