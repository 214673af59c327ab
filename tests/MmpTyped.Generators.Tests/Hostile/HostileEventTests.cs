using System;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Hostile;

/// <summary>
/// [MmpEvent] shapes the generated half of the class could not compile against, or would compile into
/// something that loses data: each is a compile error at the class or property that says what to change.
/// </summary>
public sealed class HostileEventTests
{
    public static TheoryData<string, string, string> Shapes() => new()
    {
        { "MMP115", """[MmpEvent("airbridge.app", "x")] public partial class E { public string? @class { get; set; } }""", "is a C# keyword" },
        { "MMP115", """[MmpEvent("airbridge.app", "x")] public partial class E { public string? @event { get; set; } }""", "is a C# keyword" },
        { "MMP115", """[MmpEvent("airbridge.app", "x")] public partial class E { public string? writer { get; set; } }""", "locals and fields" },
        { "MMP115", """[MmpEvent("airbridge.app", "x")] public partial class E { public string? value { get; set; } }""", "locals and fields" },
        { "MMP115", """[MmpEvent("airbridge.app", "x")] public partial class E { public string? validator { get; set; } }""", "locals and fields" },
        { "MMP115", """[MmpEvent("airbridge.app", "x")] public partial class E { public string? _user { get; set; } }""", "locals and fields" },
        { "MMP116", """[MmpEvent("airbridge.app", "x")] public partial record struct E { }""", "is a record struct" },
        { "MMP116", """[MmpEvent("airbridge.app", "x")] public partial struct E { }""", "is a struct" },
        { "MMP116", """[MmpEvent("airbridge.app", "x")] public partial class E { [MmpField("value")] public decimal Total { get; } }""", "has no setter" },
        { "MMP116", """[MmpEvent("airbridge.app", "x")] public partial class E { [MmpField("value")] public decimal Total => 1m; }""", "has no setter" },
        { "MMP117", """[MmpEvent("airbridge.app", "x\uD800")] public partial class E { }""", "lone surrogate" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_shape_the_generated_half_cannot_complete_is_a_compile_error(string id, string declaration, string message)
    {
        var source = "using MmpTyped;\nnamespace Shop;\n" + declaration;

        var run = HostileRun.Survive(GeneratorHarness.CreateCompilation(source));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(message, HostileRun.Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(run.HintNames, h => h.StartsWith("Shop.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_computed_custom_attribute_without_MmpField_is_still_written()
    {
        const string Source = """
            using MmpTyped;
            namespace Shop;
            /// <summary>An order.</summary>
            [MmpEvent("airbridge.app", "order")] public partial class E { /// <summary>Computed.</summary>
            public string Channel => "web"; }
            """;

        var run = HostileRun.Survive(GeneratorHarness.CreateCompilation(Source));

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles();
    }
}
