using System;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Events;

/// <summary>Every mistake in an [MmpEvent] definition is a compile error at the attribute or property, saying how to fix it.</summary>
public sealed class EventDefinitionErrorTests
{
    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        {
            "MMP110", "class not partial",
            """[MmpEvent("airbridge.app", "x")] public class E { }""",
            "not partial: declare it 'partial class E'"
        },
        {
            "MMP110", "containing type not partial",
            """public class Outer { [MmpEvent("airbridge.app", "x")] public partial class E { } }""",
            "nested in 'Outer', which is not partial"
        },
        {
            "MMP111", "unknown schema id",
            """[MmpEvent("airbridge.ap", "x")] public partial class E { }""",
            "No schema has the id 'airbridge.ap'. Known: affise.s2s, airbridge.app"
        },
        {
            "MMP111", "inbound schema",
            """[MmpEvent("appsflyer.push.v2", "x")] public partial class E { }""",
            "describes messages the vendor sends you"
        },
        {
            "MMP112", "unknown field path",
            """[MmpEvent("airbridge.app", "x")] public partial class E { [MmpField("semanticAttributes.transactionId")] public string? Id { get; set; } }""",
            "eventData.goal.semanticAttributes has: currency, action, label, query, productListID, cartID, transactionID"
        },
        {
            "MMP113", "type mismatch",
            """[MmpEvent("airbridge.app", "x")] public partial class E { [MmpField("value")] public string? Total { get; set; } }""",
            "'Total' is string, but eventData.goal.value is decimal in airbridge.app: declare 'Total' as decimal?"
        },
        {
            "MMP113", "custom attribute of an unsupported type",
            """[MmpEvent("airbridge.app", "x")] public partial class E { public System.DateTime When { get; set; } }""",
            "which a custom attribute cannot hold"
        },
        {
            "MMP114", "two properties on one path",
            """[MmpEvent("airbridge.app", "x")] public partial class E { [MmpField("value")] public decimal A { get; set; } [MmpField("value")] public decimal B { get; set; } }""",
            "'B' and 'A' both go to 'eventData.goal.value'"
        },
        {
            "MMP115", "clash with an envelope member",
            """[MmpEvent("airbridge.app", "x")] public partial class E { public string? User { get; set; } }""",
            "clashes with the envelope member 'User'"
        },
        {
            "MMP115", "clash with a generated method",
            """[MmpEvent("airbridge.app", "x")] public partial class E { public string? Validate { get; set; } }""",
            "'Validate' is a name the generated class needs"
        },
        {
            "MMP116", "generic class",
            """[MmpEvent("airbridge.app", "x")] public partial class E<T> { }""",
            "'E' is generic"
        },
        {
            "MMP116", "positional record",
            """[MmpEvent("airbridge.app", "x")] public partial record E(decimal Total);""",
            "is a positional record"
        },
        {
            "MMP117", "empty event name",
            """[MmpEvent("airbridge.app", "")] public partial class E { }""",
            "needs a schema id and an event name"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_definition_mistake_is_a_compile_error_naming_the_fix(string id, string mistake, string declaration, string message)
    {
        _ = mistake; // names the row in the test output
        var source = "using MmpTyped;\nnamespace Shop;\n" + declaration;

        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/project/Empty.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // the line of the declaration
        Assert.DoesNotContain(run.HintNames, h => h.StartsWith("Shop.", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_event_classes_in_namespaces_nested_types_and_records_all_compile()
    {
        var classes = string.Join("\n", Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? $$"""[MmpEvent("airbridge.app", "e{{i}}")] public partial class E{{i}} { [MmpField("value")] public decimal V { get; init; } public string? Note { get; set; } }"""
            : $$"""public partial class Outer{{i}} { [MmpEvent("affise.s2s", "e{{i}}")] public partial record E{{i}} { public required string Tag { get; init; } } }"""));
        var source = "#pragma warning disable CS1591\nusing MmpTyped;\nnamespace Shop.Many;\n" + classes;

        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(40, run.HintNames.Count(h => h.StartsWith("Shop.Many.", StringComparison.Ordinal)));
        run.AssertCompiles();
    }
}
