using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// Generator diagnostics are (descriptor, place, arguments): the descriptor carries the message's shape and
/// the help link, and the place is the offending JSON value in the schema file - its line, column and
/// extent - also for the diagnostics found only by comparing schemas (MMP103, MMP104, MMP106), which an
/// IDE then opens at the right line instead of the file's first.
/// </summary>
public sealed class DiagnosticPlaceTests
{
    private const string HelpBase = "https://github.com/mmptyped/mmptyped/blob/main/analyzers/docs/";

    private const string View = ",\n  \"x-mmp-view\": { \"interface\": \"IMiniMessage\", \"implemented-by\": [\"acme.old\"] }";

    [Fact]
    public void A_type_two_schemas_define_differently_is_MMP103_at_the_second_definition()
    {
        var one = SharedType("acme.one", "OneEvent", "\"id\": { \"type\": \"string\" }");
        var two = SharedType("acme.two", "TwoEvent", "\"id\": { \"type\": \"integer\" }");

        var diagnostic = Assert.Single(GeneratorHarness.Run(one, two).Result.Diagnostics);

        Assert.Equal("MMP103", diagnostic.Id);
        AssertAt(diagnostic, two, "{ \"type\": \"object\", \"x-mmp-type\": \"SharedUser\"");
        Assert.Equal(HelpBase + "MMP103.md", diagnostic.Descriptor.HelpLinkUri);
        // The message's shape is the descriptor's; the call site supplies only the names.
        Assert.Equal(
            "'Acme.Mini.SharedUser' is defined differently by 'acme.one' and 'acme.two': a type shared by two schemas must have the same members, rules and descriptions in both.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.StartsWith("'{0}' is defined differently", diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_member_of_another_type_is_MMP104_at_the_member_in_the_view_schema()
    {
        var owner = InMemoryAdditionalText.Schema("acme.new", MiniSchema.Text("acme.new", "NewMessage",
            "\"name\": { \"type\": \"string\" },\n    \"count\": { \"type\": \"integer\" }", View));
        var old = InMemoryAdditionalText.Schema("acme.old", MiniSchema.Text("acme.old", "OldMessage",
            "\"name\": { \"type\": \"string\" },\n    \"count\": { \"type\": \"string\" }"));

        var diagnostic = Assert.Single(GeneratorHarness.Run(owner, old).Result.Diagnostics);

        Assert.Equal("MMP104", diagnostic.Id);
        AssertAt(diagnostic, owner, "{ \"type\": \"integer\" }");
        Assert.Equal(HelpBase + "MMP104.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void A_view_over_a_schema_of_another_namespace_is_MMP104_at_that_schema_s_id_in_implemented_by()
    {
        var owner = InMemoryAdditionalText.Schema("acme.new", MiniSchema.Text("acme.new", "NewMessage", "\"name\": { \"type\": \"string\" }", View));
        var old = InMemoryAdditionalText.Schema("acme.old",
            MiniSchema.Text("acme.old", "OldMessage", "\"name\": { \"type\": \"string\" }").Replace("\"Acme.Mini\"", "\"Acme.Other\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(GeneratorHarness.Run(owner, old).Result.Diagnostics);

        Assert.Equal("MMP104", diagnostic.Id);
        AssertAt(diagnostic, owner, "\"acme.old\"");
    }

    [Fact]
    public void A_second_file_with_a_taken_id_is_MMP106_at_its_x_mmp_id()
    {
        var first = InMemoryAdditionalText.Schema("acme.mini", MiniSchema.Text("acme.mini", "MiniEvent", "\"a\": { \"type\": \"string\" }"));
        var second = new InMemoryAdditionalText("/project/vendored/acme.mini.schema.json", MiniSchema.Text("acme.mini", "OtherEvent", "\"b\": { \"type\": \"string\" }"));

        var diagnostic = Assert.Single(GeneratorHarness.Run(first, second).Result.Diagnostics);

        Assert.Equal("MMP106", diagnostic.Id);
        AssertAt(diagnostic, second, "\"acme.mini\"");
        Assert.Equal(HelpBase + "MMP106.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void An_unsupported_construct_is_MMP102_spanning_the_offending_value()
    {
        var schema = InMemoryAdditionalText.Schema("acme.mini",
            MiniSchema.Text("acme.mini", "MiniEvent", "\"count\": { \"type\": \"integer\", \"exclusiveMinimum\": 0 }"));

        var diagnostic = Assert.Single(GeneratorHarness.Run(schema).Result.Diagnostics);

        Assert.Equal("MMP102", diagnostic.Id);
        // The span is the value of "exclusiveMinimum" (the 0), not an empty span at the file's start.
        Assert.Equal("0", schema.Text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        var index = schema.Text.IndexOf("\"exclusiveMinimum\": 0", StringComparison.Ordinal) + "\"exclusiveMinimum\": ".Length;
        Assert.Equal(index, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(HelpBase + "MMP102.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void After_a_layout_edit_MMP103_moves_with_the_definition()
    {
        var one = SharedType("acme.one", "OneEvent", "\"id\": { \"type\": \"string\" }");
        var two = SharedType("acme.two", "TwoEvent", "\"id\": { \"type\": \"integer\" }");
        var first = GeneratorHarness.Run(one, two);
        var moved = two.WithText("\n\n\n" + two.Text.Replace("\"user\":", "\"user\":\n         ", StringComparison.Ordinal));

        var second = first.WithSchema(two, moved, GeneratorHarness.CreateCompilation());

        var diagnostic = Assert.Single(second.Result.Diagnostics);
        AssertAt(diagnostic, moved, "{ \"type\": \"object\", \"x-mmp-type\": \"SharedUser\"");
    }

    private static InMemoryAdditionalText SharedType(string id, string rootType, string userMembers) =>
        InMemoryAdditionalText.Schema(id, MiniSchema.Text(id, rootType,
            $$"""
            "name": { "type": "string" },
                "user": { "type": "object", "x-mmp-type": "SharedUser", "description": "The user.", "properties": { {{userMembers}} } }
            """));

    /// <summary>The diagnostic is in <paramref name="schema"/>'s file and starts at the first <paramref name="marker"/>, line and column.</summary>
    private static void AssertAt(Diagnostic diagnostic, InMemoryAdditionalText schema, string marker)
    {
        var index = schema.Text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not in the schema");
        var expected = SourceText.From(schema.Text).Lines.GetLinePosition(index);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(schema.Path, span.Path);
        Assert.Equal((expected.Line, expected.Character), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal(index, diagnostic.Location.SourceSpan.Start);
    }
}
