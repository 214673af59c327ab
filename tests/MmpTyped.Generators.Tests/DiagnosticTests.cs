using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// A schema the generator cannot lower is reported (MMP101 not JSON, MMP102 unsupported, MMP103 a type
/// defined twice differently) at the file and line that hold the problem, and generates nothing wrong.
/// </summary>
public sealed class DiagnosticTests
{
    private const bool OnRoot = true;
    private const bool AsMember = false;

    private const string Good = "\"name\": { \"type\": \"string\", \"description\": \"A name.\" }";

    [Fact]
    public void A_schema_that_is_not_json_is_MMP101_at_the_offending_line()
    {
        var text = MiniSchema.Text("acme.mini", "MiniEvent", Good).Replace("\"outbound\"", "outbound", System.StringComparison.Ordinal);
        var schema = InMemoryAdditionalText.Schema("acme.mini", text);

        var run = GeneratorHarness.Run(schema);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(("MMP101", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("unexpected character 'o'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        AssertPointsAt(diagnostic, schema, "outbound");
        Assert.Empty(run.Sources);
    }

    public static TheoryData<string, string, string, string> Unsupported => new()
    {
        {
            "anyOf of neither rule shape",
            MiniSchema.Text("acme.mini", "MiniEvent", Good, ",\n  \"anyOf\": [ { \"required\": [\"name\"] }, { \"minProperties\": 1 } ]"),
            "\"anyOf\"",
            "neither an identifier group"
        },
        {
            "$ref to another file",
            MiniSchema.Text("acme.mini", "MiniEvent", Good + ",\n    \"other\": { \"$ref\": \"other.schema.json#/definitions/Other\" }"),
            "\"other\"",
            "Only local references"
        },
        {
            "x-mmp-id not the file name",
            MiniSchema.Text("acme.other", "MiniEvent", Good),
            "\"x-mmp-id\"",
            "must match the file name"
        },
        {
            "object with properties but no x-mmp-type",
            MiniSchema.Text("acme.mini", "MiniEvent", Good + ",\n    \"nested\": { \"type\": \"object\", \"properties\": { \"a\": { \"type\": \"string\" } } }"),
            "\"nested\"",
            "x-mmp-type"
        },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void An_unsupported_construct_is_MMP102_naming_the_problem_at_its_line(string construct, string text, string marker, string problem)
    {
        var schema = InMemoryAdditionalText.Schema("acme.mini", text);

        var run = GeneratorHarness.Run(schema, TestSchemas.Custom());

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(("MMP102", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(message.Contains(problem, System.StringComparison.Ordinal), $"{construct}: the message should name '{problem}': {message}");
        AssertPointsAt(diagnostic, schema, marker);
        Assert.DoesNotContain(run.HintNames, h => h.StartsWith(MiniSchema.Namespace, System.StringComparison.Ordinal));
        Assert.Contains("Contoso.Pulse.PulseEvent.g.cs", run.HintNames); // the good schema beside it still generates
    }

    /// <summary>
    /// A keyword that constrains values but that the generator does not lower would make Validate()
    /// accept what the schema (and the vendor) rejects, silently: it must be MMP102 instead
    /// (schemas/README.md bans <c>if</c>/<c>then</c> and <c>dependencies</c> for that reason, and allows
    /// <c>additionalProperties: false</c> where a vendor rejects unknown members). When the generator
    /// learns to enforce one of these, move its case to a GeneratedCodeRunTests-style test.
    /// </summary>
    [Theory]
    [InlineData("if", OnRoot, "\"if\": { \"required\": [\"name\"] }, \"then\": { \"required\": [\"code\"] }")]
    [InlineData("dependencies", OnRoot, "\"dependencies\": { \"name\": [\"code\"] }")]
    [InlineData("oneOf", OnRoot, "\"oneOf\": [ { \"required\": [\"name\"] }, { \"required\": [\"code\"] } ]")]
    [InlineData("additionalProperties", OnRoot, "\"additionalProperties\": false")]
    [InlineData("maxItems", AsMember, "\"tags\": { \"type\": \"array\", \"items\": { \"type\": \"string\" }, \"maxItems\": 3 }")]
    [InlineData("exclusiveMinimum", AsMember, "\"count\": { \"type\": \"integer\", \"exclusiveMinimum\": 0 }")]
    public void A_constraint_the_generator_does_not_enforce_is_MMP102_not_silently_dropped(string keyword, bool onRoot, string json)
    {
        const string Members = Good + ",\n    \"code\": { \"type\": \"string\", \"description\": \"A code.\" }";
        var schema = InMemoryAdditionalText.Schema("acme.mini", onRoot
            ? MiniSchema.Text("acme.mini", "MiniEvent", Members, ",\n  " + json)
            : MiniSchema.Text("acme.mini", "MiniEvent", Members + ",\n    " + json));

        var run = GeneratorHarness.Run(schema);

        Assert.True(run.Result.Diagnostics.Length == 1 && run.Result.Diagnostics[0].Id == "MMP102",
            $"'{keyword}' should be MMP102; the generator reported [{string.Join(", ", run.Result.Diagnostics)}] and generated {run.Sources.Count} files.");
        AssertPointsAt(run.Result.Diagnostics[0], schema, $"\"{keyword}\"");
    }

    [Fact]
    public void Two_schemas_defining_one_type_differently_is_MMP103_naming_both()
    {
        var one = SharedTypeSchema("acme.one", "OneEvent", "\"id\": { \"type\": \"string\" }");
        var two = SharedTypeSchema("acme.two", "TwoEvent", "\"id\": { \"type\": \"integer\" }");

        var run = GeneratorHarness.Run(one, two);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(("MMP103", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'Acme.Mini.SharedUser'", message, System.StringComparison.Ordinal);
        Assert.Contains("'acme.one'", message, System.StringComparison.Ordinal);
        Assert.Contains("'acme.two'", message, System.StringComparison.Ordinal);
        Assert.Equal(two.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Single(run.HintNames, h => h == "Acme.Mini.SharedUser.g.cs");
    }

    [Fact]
    public void Two_schemas_sharing_an_identical_type_generate_it_once_without_diagnostics()
    {
        var one = SharedTypeSchema("acme.one", "OneEvent", "\"id\": { \"type\": \"string\", \"description\": \"The id.\" }");
        var two = SharedTypeSchema("acme.two", "TwoEvent", "\"id\": { \"type\": \"string\", \"description\": \"The id.\" }");

        var run = GeneratorHarness.Run(one, two);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(
            ["Acme.Mini.OneEvent.g.cs", "Acme.Mini.SharedUser.g.cs", "Acme.Mini.TwoEvent.g.cs", "MmpTyped.Generated.MmpGeneratedRecords.g.cs"],
            run.HintNames);
        run.AssertCompiles();
    }

    private static InMemoryAdditionalText SharedTypeSchema(string id, string rootType, string userMembers) =>
        InMemoryAdditionalText.Schema(id, MiniSchema.Text(id, rootType,
            $$"""
            "user": { "type": "object", "x-mmp-type": "SharedUser", "description": "The user.", "properties": { {{userMembers}} } }
            """));

    private static void AssertPointsAt(Diagnostic diagnostic, InMemoryAdditionalText schema, string marker)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(schema.Path, span.Path);
        Assert.Equal(MiniSchema.LineOf(schema.Text, marker), span.StartLinePosition.Line);
    }
}
