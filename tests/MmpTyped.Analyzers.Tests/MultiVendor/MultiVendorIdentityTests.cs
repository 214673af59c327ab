using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using MmpTyped.Analyzers.MultiVendor;
using MmpTyped.Analyzers.Tests.Infrastructure;
using MmpTyped.Generators;

namespace MmpTyped.Analyzers.Tests.MultiVendor;

/// <summary>
/// MMP001 per vendor at compile time for an event defined once: where the identities are constants, a vendor
/// whose identifier group they cannot satisfy is reported alone, at the Identities assignment.
/// </summary>
public sealed class MultiVendorIdentityTests
{
    private const string Purchase = """
        [MmpEvent("appsflyer.s2s", "af_purchase")]
        [MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
        [MmpEvent("affise.s2s", "Purchase")]
        public partial class Purchase
        {
            /// <summary>The total.</summary>
            [MmpField("appsflyer.s2s", "af_revenue")]
            [MmpField("airbridge.app", "value")]
            public decimal Revenue { get; init; }
        }
        """;

    [Fact]
    public Task Only_the_vendors_the_identities_cannot_name_are_reported()
    {
        var code = Snippet.WithTypes(Purchase, """
                    var purchase = new Purchase
                    {
                        {|#0:Identities = new MmpIdentities { AppsFlyerId = "1547985076649-5309999", CustomerUserId = "19443", PackageName = "com.example.shop" }|},
                        Revenue = 1m,
                    };
            """);
        return Run(code, Diagnostic(0, "affise.s2s", "AffiseDeviceId or AffiseRandomUserId or Gaid or Idfa"));
    }

    [Fact]
    public Task Null_identities_are_no_identities_and_every_vendor_with_a_group_is_reported()
    {
        var code = Snippet.WithTypes(Purchase, """
                    var purchase = new Purchase
                    {
                        {|#0:Identities = new MmpIdentities { CustomerUserId = null!, AffiseDeviceId = default }|},
                    };
            """);
        return Run(code,
            Diagnostic(0, "affise.s2s", "AffiseDeviceId or AffiseRandomUserId or Gaid or Idfa"),
            Diagnostic(0, "airbridge.app", "CustomerUserId or AirbridgeDeviceUuid"));
    }

    [Fact]
    public Task Identities_that_name_every_vendor_or_are_not_constants_are_not_reported()
    {
        var code = Snippet.WithTypes(Purchase, """
                    var named = new Purchase { Identities = new MmpIdentities { CustomerUserId = "19443", Gaid = "38400000-8cf0-11bd-b23e-10b96e40000d" } };
                    MmpIdentities known = new() { AppsFlyerId = "1547985076649-5309999" };
                    var elsewhere = new Purchase { Identities = known };
            """);
        return Run(code);
    }

    private static DiagnosticResult Diagnostic(int location, string schemaId, string needed) =>
        CSharpAnalyzerVerifier<MultiVendorIdentityAnalyzer, DefaultVerifier>.Diagnostic("MMP001").WithLocation(location)
            .WithArguments($"Purchase for {schemaId}: Set at least one of: {string.Join(", or ", needed.Split(" or ").Select(n => "Identities." + n))} (rule 'identifier').");

    private static Task Run(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class Test : CSharpAnalyzerTest<MultiVendorIdentityAnalyzer, DefaultVerifier>
    {
        public Test() => TestReferences.Configure(this);

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(MmpGenerator)];
    }
}
