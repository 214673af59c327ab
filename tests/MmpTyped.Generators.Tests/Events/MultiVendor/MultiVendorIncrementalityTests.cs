using System;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmpTyped.Generators.Tests.Events.MultiVendor;

/// <summary>
/// A class with several vendors is one binding like any [MmpEvent] class: editing what the generator does not
/// read keeps it cached, and editing one vendor's placement re-binds that class only, with the new value in
/// that vendor's view.
/// </summary>
public sealed class MultiVendorIncrementalityTests
{
    private const string Order = """
        using MmpTyped;
        namespace Shop;
        [MmpEvent("appsflyer.s2s", "af_purchase")]
        [MmpEvent("airbridge.app", "airbridge.ecommerce.order.completed")]
        [MmpEvent("affise.s2s", "Purchase")]
        public partial class Order
        {
            [MmpField("appsflyer.s2s", "af_revenue")]
            [MmpField("airbridge.app", "value")]
            public decimal Total { get; init; }
            public int Items() { return 1; }
        }
        """;

    private const string Signup = """
        using MmpTyped;
        namespace Shop;
        [MmpEvent("affise.s2s", "signup")]
        [MmpEvent("airbridge.app", "airbridge.user.signup")]
        public partial class Signup { public string? Source { get; init; } }
        """;

    [Fact]
    public void Editing_a_method_body_of_a_multi_vendor_class_leaves_every_binding_cached()
    {
        var (first, compilation) = Run();

        var second = first.Next(Replace(compilation, Order, Order.Replace("return 1;", "return 2;", StringComparison.Ordinal)));

        Assert.All(StepReasons.Outputs(second, StepReasons.EventClass), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(StepReasons.Outputs(second, StepReasons.BindEvent), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Placing_a_property_for_one_more_vendor_re_binds_that_class_only_and_reaches_that_vendors_view()
    {
        var (first, compilation) = Run();
        var edited = Order.Replace("public decimal Total", "[MmpField(\"affise.s2s\", \"affise_parameters.affise_p_revenue\")]\n    public decimal Total", StringComparison.Ordinal);

        var second = first.Next(Replace(compilation, Order, edited));

        var bindings = StepReasons.Outputs(second, StepReasons.BindEvent);
        Assert.Contains(bindings, b => b.Reason == IncrementalStepRunReason.Modified && HintName(b.Value) == "Shop.Order.g.cs");
        Assert.Contains(bindings, b => b.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged && HintName(b.Value) == "Shop.Signup.g.cs");
        Assert.DoesNotContain("AffisePRevenue", first.Sources.Single(s => s.HintName == "Shop.Order.g.cs").Text, StringComparison.Ordinal);
        Assert.Contains("AffisePRevenue = Total,", second.Sources.Single(s => s.HintName == "Shop.Order.g.cs").Text, StringComparison.Ordinal);
    }

    private static (GeneratorRun Run, CSharpCompilation Compilation) Run()
    {
        var compilation = GeneratorHarness.CreateCompilation(Order)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Signup, GeneratorHarness.ParseOptions, path: "/project/Signup.cs"));
        return (GeneratorHarness.Run(compilation), compilation);
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string oldText, string newText)
    {
        var old = compilation.SyntaxTrees.Single(t => t.ToString() == oldText);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, path: old.FilePath));
    }

    private static string? HintName(object binding) => StepReasons.Member(binding, "HintName") as string;
}
