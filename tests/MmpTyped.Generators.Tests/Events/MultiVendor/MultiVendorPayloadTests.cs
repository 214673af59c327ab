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
    private readonly LoadedAssembly _assembly;

    public MultiVendorPayloadTests()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(MultiVendorSources.Purchases));
        run.AssertCompiles();
        _assembly = LoadedAssembly.Emit(run.OutputCompilation);
    }

    public void Dispose() => _assembly.Dispose();

    private object? Call(string scenario, params object?[] arguments) =>
        _assembly.GetType("Shop.Orders.Scenarios").GetMethod(scenario)!.Invoke(null, arguments);

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
}
