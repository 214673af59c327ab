using System;
using System.Globalization;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Rules;

/// <summary>
/// The event name of an <c>[MmpEvent]</c> class is a value of the schema's event-name member: it keeps that
/// member's rules (enum, anyOf, pattern, length). A name the vendor refuses is MMP004 at the attribute's
/// argument when the class compiles, and MMP004 at the member's path when <c>Validate()</c> runs.
/// </summary>
public sealed class EventNameRuleTests
{
    public static TheoryData<string, string, string> RefusedNames() => new()
    {
        // A ':' makes an Airbridge category unusable; a standard name with a typo is no standard name.
        { "airbridge.app", "order:completed", "$.eventData.goal.category" },
        { "airbridge.app", "airbridge.ecommerce.order.complete", "$.eventData.goal.category" },
        { "airbridge.web", "airbridge.my:event", "$.eventData.goal.category" },
    };

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void A_refused_event_name_is_MMP004_at_the_attribute_argument(string schema, string name, string path)
    {
        _ = path;
        var source = $$"""
            using MmpTyped;
            namespace Shop;
            /// <summary>An event.</summary>
            [MmpEvent("{{schema}}", "{{name}}")] public partial class E { }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(("MMP004", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains(name, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal("\"" + name + "\"", source.Substring(span.Start, span.Length));
        run.AssertCompiles(); // the class is still generated: the warning is the vendor's rule, not a broken definition
    }

    [Theory]
    [MemberData(nameof(RefusedNames))]
    public void Validate_reports_a_refused_event_name_at_the_member_path(string schema, string name, string path)
    {
        var source = $$"""
            using MmpTyped;
            namespace Shop;
            [MmpEvent("{{schema}}", "{{name}}")] public partial class E { }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);

        var message = (IMmpEvent)Activator.CreateInstance(assembly.GetType("Shop.E"))!;
        var errors = message.Validate().Errors;

        Assert.Contains(errors, e => e.Code == "MMP004" && e.Path == path && e.Message.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_schema_event_name_keeps_its_pattern()
    {
        var schema = InMemoryAdditionalText.Schema("acme.named", NamedSchema);
        const string source = """
            using MmpTyped;
            namespace Shop;
            [MmpEvent("acme.named", "Bad Name")] public partial class Bad { }
            [MmpEvent("acme.named", "good_name")] public partial class Good { }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source), schema);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP004", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);
        var bad = ((IMmpEvent)Activator.CreateInstance(assembly.GetType("Shop.Bad"))!).Validate();
        var good = ((IMmpEvent)Activator.CreateInstance(assembly.GetType("Shop.Good"))!).Validate();
        Assert.Equal(["$.name"], bad.Errors.Where(e => e.Code == "MMP004").Select(e => e.Path).ToArray());
        Assert.DoesNotContain(good.Errors, e => e.Path == "$.name");
    }

    private const string NamedSchema = """
        {
          "description": "A small vendor whose event names are snake_case.",
          "x-mmp-id": "acme.named",
          "x-mmp-namespace": "Acme.Named",
          "x-mmp-type": "NamedEvent",
          "x-mmp-direction": "outbound",
          "x-mmp-event": { "name": "name", "slot": "data", "custom": "data.extra" },
          "type": "object",
          "required": ["name"],
          "properties": {
            "name": { "type": "string", "pattern": "^[a-z_]+$", "description": "The event's name." },
            "data": {
              "type": "object",
              "x-mmp-type": "NamedData",
              "description": "The event's values.",
              "properties": {
                "extra": { "type": "object", "description": "Anything else." }
              }
            }
          }
        }
        """;
}
