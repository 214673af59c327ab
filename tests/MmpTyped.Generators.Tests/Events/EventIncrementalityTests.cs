using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmpTyped.Generators.Tests.Events;

/// <summary>
/// Typing in an [MmpEvent] class re-binds that class only when what the generator reads of it changed;
/// other files, and other classes, stay cached.
/// </summary>
public sealed class EventIncrementalityTests
{
    private const string Order = """
        using MmpTyped;
        namespace Shop;
        [MmpEvent("airbridge.app", "order")]
        public partial class Order
        {
            [MmpField("value")] public decimal Total { get; init; }
            public int Items() { return 1; }
        }
        """;

    private const string Signup = """
        using MmpTyped;
        namespace Shop;
        [MmpEvent("affise.s2s", "signup")]
        public partial class Signup { public string? Source { get; init; } }
        """;

    [Fact]
    public void Editing_a_method_body_of_the_class_leaves_its_binding_cached()
    {
        var (first, compilation) = Run(Order);

        var second = first.Next(Replace(compilation, Order, Order.Replace("return 1;", "return 2;", System.StringComparison.Ordinal)));

        Assert.All(StepReasons.Outputs(second, StepReasons.EventClass), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        AssertBindings(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Adding_a_property_re_binds_that_class_and_no_other()
    {
        var (first, compilation) = Run(Order);
        var edited = Order.Replace("public int Items()", "public string? Coupon { get; init; }\n    public int Items()", System.StringComparison.Ordinal);

        var second = first.Next(Replace(compilation, Order, edited));

        var bindings = StepReasons.Outputs(second, StepReasons.BindEvent);
        Assert.Contains(bindings, b => b.Reason == IncrementalStepRunReason.Modified && HintName(b.Value) == "Shop.Order.g.cs");
        Assert.Contains(bindings, b => b.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged && HintName(b.Value) == "Shop.Signup.g.cs");
        Assert.Contains("\"coupon\"", second.Sources.Single(s => s.HintName == "Shop.Order.g.cs").Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_in_an_unrelated_file_leaves_every_event_step_cached()
    {
        var (first, compilation) = Run(Order);

        var second = first.Next(Replace(compilation, Unrelated, Unrelated.Replace("{ }", "{ public int Count { get; init; } }", System.StringComparison.Ordinal)));

        // The attribute step re-reads the classes against the new compilation and finds them Unchanged;
        // from there on nothing runs.
        Assert.All(StepReasons.Outputs(second, StepReasons.EventClass),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        foreach (var step in new[] { StepReasons.SchemaIndex, StepReasons.BindEvent })
            Assert.All(StepReasons.Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.Sources, second.Sources);
    }

    private const string Unrelated = "namespace Shop; internal sealed class Unrelated { }";

    private static (GeneratorRun Run, CSharpCompilation Compilation) Run(string order)
    {
        var compilation = GeneratorHarness.CreateCompilation(order).AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(Signup, GeneratorHarness.ParseOptions, path: "/project/Signup.cs"),
            CSharpSyntaxTree.ParseText(Unrelated, GeneratorHarness.ParseOptions, path: "/project/Unrelated.cs"));
        return (GeneratorHarness.Run(compilation), compilation);
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string oldText, string newText)
    {
        var old = compilation.SyntaxTrees.Single(t => t.ToString() == oldText);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newText, GeneratorHarness.ParseOptions, path: old.FilePath));
    }

    private static void AssertBindings(GeneratorRun run, IncrementalStepRunReason reason) =>
        Assert.All(StepReasons.Outputs(run, StepReasons.BindEvent), o => Assert.Equal(reason, o.Reason));

    private static string? HintName(object binding) => StepReasons.Member(binding, "HintName") as string;
}
