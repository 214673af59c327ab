using System;
using System.Globalization;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Events.MultiVendor;

/// <summary>
/// A class defined once for several vendors is checked per vendor at compile time: a path or type one vendor's
/// schema refuses is that vendor's error (named in the message, at that vendor's [MmpField]); an event name one
/// vendor refuses is MMP004 at that vendor's [MmpEvent].
/// </summary>
public sealed class MultiVendorDiagnosticTests
{
    private const string Vendors = """
        [MmpEvent("appsflyer.s2s", "af_purchase")]
        [MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
        """;

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        {
            "MMP112", "a path only one vendor lacks",
            """
            [MmpField("appsflyer.s2s", "af_revenue")]
            [MmpField("airbridge.app", "semanticAttributes.revenue")]
            public decimal Revenue { get; init; }
            """,
            "'Revenue' goes to 'eventData.goal.semanticAttributes.revenue', which airbridge.app does not have. eventData.goal.semanticAttributes has: currency"
        },
        {
            "MMP113", "a type only one vendor refuses",
            """
            [MmpField("appsflyer.s2s", "af_revenue")]
            [MmpField("airbridge.app", "value")]
            public string? Revenue { get; init; }
            """,
            "'Revenue' is string, but eventData.goal.value is decimal in airbridge.app"
        },
        {
            "MMP113", "an envelope member of another type",
            """
            [MmpField("appsflyer.s2s", "$.eventTime")]
            public string? When { get; init; }
            """,
            "'When' is string, but eventTime is global::System.DateTimeOffset in appsflyer.s2s"
        },
        {
            "MMP112", "a path without its vendor",
            """
            [MmpField("af_revenue")]
            public decimal Revenue { get; init; }
            """,
            "does not say which vendor it is for, and the class declares several (appsflyer.s2s, airbridge.app)"
        },
        {
            "MMP112", "a vendor the class does not declare",
            """
            [MmpField("affise.s2s", "affise_event_id")]
            public System.Guid? Id { get; init; }
            """,
            "names a vendor the class does not declare"
        },
        {
            "MMP114", "two values on one vendor's path",
            """
            [MmpField("airbridge.app", "value")] public decimal A { get; init; }
            [MmpField("airbridge.app", "value")] public decimal B { get; init; }
            """,
            "Two values go to 'eventData.goal.value' in airbridge.app"
        },
        {
            "MMP115", "a name the generated half needs",
            """
            public string? Identities { get; init; }
            """,
            "'Identities' is a name the generated multi-vendor class needs"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_mistake_for_one_vendor_is_a_compile_error_naming_that_vendor(string id, string mistake, string members, string message)
    {
        _ = mistake;
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(Source(Vendors, members)));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 7, "at the property or its [MmpField], not the class");
        Assert.DoesNotContain(run.HintNames, h => h.StartsWith("Shop.Order", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_name_one_vendor_refuses_is_MMP004_at_that_vendors_attribute_and_the_class_still_compiles()
    {
        var source = Source("""
            [MmpEvent("appsflyer.s2s", "af_purchase")]
            [MmpEvent("airbridge.app", "order:completed")]
            """, "public decimal Total { get; init; }");
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP004", diagnostic.Id);
        Assert.Contains("names an event airbridge.app does not accept", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal("\"order:completed\"", source.Replace("\r\n", "\n", StringComparison.Ordinal).Substring(span.Start, span.Length));
        run.AssertCompiles();
    }

    [Fact]
    public void The_same_vendor_twice_is_MMP117()
    {
        var source = Source("""
            [MmpEvent("airbridge.app", "a")]
            [MmpEvent("airbridge.app", "b")]
            """, "public decimal Total { get; init; }");
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));

        Assert.Equal("MMP117", Assert.Single(run.Result.Diagnostics).Id);
    }

    [Fact]
    public void A_correct_class_for_three_vendors_compiles_without_diagnostics_into_one_file()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(MultiVendorSources.Purchases));

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles();
        var text = run.Sources.Single(s => s.HintName == "Shop.Orders.Purchase.g.cs").Text;
        Assert.Contains("partial class Purchase : global::MmpTyped.IMmpMultiVendorEvent", text, StringComparison.Ordinal);
        Assert.Contains("public global::MmpTyped.AppsFlyer.AppsFlyerEvent ToAppsFlyerEvent()", text, StringComparison.Ordinal);
        Assert.Contains("public global::MmpTyped.Airbridge.AirbridgeAppEvent ToAirbridgeAppEvent()", text, StringComparison.Ordinal);
        Assert.Contains("public global::MmpTyped.Affise.AffiseEvent ToAffiseEvent()", text, StringComparison.Ordinal);
    }

    private static string Source(string vendors, string members) => $$"""
        #pragma warning disable CS1591 // the user's own code
        using MmpTyped;
        namespace Shop;

        {{vendors}}
        public partial class Order
        {
        {{members}}
        }
        """;
}
