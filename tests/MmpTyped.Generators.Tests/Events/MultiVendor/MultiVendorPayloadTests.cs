using System;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Events.MultiVendor;

/// <summary>
/// A purchase defined once for three vendors, compiled with the generator's output and run: each vendor's
/// message is that vendor's own record, so it writes exactly what the one-vendor class writes for the same data,
/// and a vendor the identities cannot name is refused by its own validation while the others pass.
/// </summary>
public sealed class MultiVendorPayloadTests : IDisposable
{
    private readonly LoadedAssembly _assembly = LoadedAssembly.Generate(MultiVendorSources.Purchases);

    public void Dispose() => _assembly.Dispose();

    private object? Call(string scenario, params object?[] arguments) => _assembly.Call("Shop.Orders.Scenarios", scenario, arguments);

    [Fact]
    public void The_three_payloads_equal_byte_for_byte_what_the_one_vendor_classes_write_for_the_same_data()
    {
        var once = (string)Call("OnceJson")!;

        Assert.Equal((string)Call("PerVendorJson")!, once);
        // Not vacuous: every vendor's message carries its identifiers, the event name and the class's values.
        Assert.Contains("""appsflyer.s2s {"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventValue":"{\"af_revenue\":159990,\"af_currency\":\"KRW\",\"af_content_id\":\"CH129\",\"quantity\":1}","eventTime":"2026-11-22 09:28:00.000","eventCurrency":"KRW",""", once, StringComparison.Ordinal);
        Assert.Contains("\"customAttributes\":{\"coupon\":\"WINTER10\"}", once, StringComparison.Ordinal);
        Assert.Contains("\"affise_parameters\":{\"affise_p_currency\":\"KRW\",\"affise_p_quantity\":1,\"affise_p_revenue\":159990}", once, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vendor_the_identities_cannot_name_is_refused_alone()
    {
        // Only an AppsFlyer id and the app: Airbridge has neither a user id nor a device id, Affise no device id.
        var who = Identities(("AppsFlyerId", "1547985076649-5309999"), ("PackageName", "com.example.shop"));

        var lines = ((string)Call("Validations", who)!).Split('\n');

        Assert.Equal("appsflyer.s2s: OK", lines[0]);
        Assert.StartsWith("airbridge.app: MMP001 $ Set at least one of: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("user.externalUserID", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("affise.s2s: MMP001 $ Set at least one of: ", lines[2], StringComparison.Ordinal);
        Assert.Contains("affise_device_id", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_vendor_takes_its_own_identifier_from_the_one_set_of_identities()
    {
        var who = Identities(("CustomerUserId", "19443"), ("AffiseDeviceId", "3d973489-e784-4f5d-8e51-9bee0ac16b00"), ("PackageName", "com.example.shop"));

        var lines = ((string)Call("Validations", who)!).Split('\n');

        // AppsFlyer needs its own id, which a customer user id does not replace; the other two are satisfied.
        Assert.StartsWith("appsflyer.s2s: MMP003 $.appsflyer_id", lines[0], StringComparison.Ordinal);
        Assert.Equal("airbridge.app: OK", lines[1]);
        Assert.Equal("affise.s2s: OK", lines[2]);
    }

    private object Identities(params (string Name, string Value)[] values)
    {
        var type = typeof(MmpIdentities);
        var who = Activator.CreateInstance(type)!;
        foreach (var (name, value) in values)
            type.GetProperty(name)!.SetValue(who, value);
        return who;
    }
}
