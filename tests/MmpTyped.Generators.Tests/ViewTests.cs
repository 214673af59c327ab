using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// <c>x-mmp-view</c>: the owner's members become a read-only interface that older records implement,
/// each member read under its own name, then its <c>x-mmp-renamed-from</c> name; enums convert by vendor
/// string; members of another type are MMP104.
/// </summary>
public sealed class ViewTests
{
    private const string View = ",\n  \"x-mmp-view\": { \"interface\": \"IMiniMessage\", \"description\": \"Either version.\", \"implemented-by\": [\"acme.old\"] }";

    private const string NewMembers = """
        "device": { "type": "string", "x-mmp-renamed-from": "device_id", "description": "The device." },
        "count": { "type": "integer", "description": "How many." },
        "kind": { "type": "string", "enum": ["a", "b"], "description": "The kind." },
        "cost": { "type": "number", "x-mmp-money": true, "x-mmp-renamed-from": "old_cost", "description": "The cost." },
        "marker": { "type": "string", "description": "Only in the new version." }
        """;

    private const string OldMembers = """
        "device_id": { "type": "string", "description": "The device." },
        "count": { "type": "integer", "description": "How many." },
        "kind": { "type": "string", "enum": ["a", "b", "c"], "description": "The kind." },
        "cost": { "type": "number", "x-mmp-money": true, "description": "The cost." },
        "old_cost": { "type": "number", "x-mmp-money": true, "description": "The cost, by its old name." }
        """;

    [Fact]
    public void The_older_record_reads_each_member_by_its_name_then_its_old_name()
    {
        var run = GeneratorHarness.Run(
            InMemoryAdditionalText.Schema("acme.new", MiniSchema.Text("acme.new", "NewMessage", NewMembers, View)),
            InMemoryAdditionalText.Schema("acme.old", MiniSchema.Text("acme.old", "OldMessage", OldMembers)));

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles();
        var view = Assert.Single(run.Sources, s => s.HintName == "Acme.Mini.IMiniMessage.g.cs").Text;
        Assert.Contains("public partial interface IMiniMessage : global::MmpTyped.IMmpEvent", view, System.StringComparison.Ordinal);
        Assert.Contains("partial class NewMessage : global::Acme.Mini.IMiniMessage", view, System.StringComparison.Ordinal);
        string[] expected =
        [
            "string? global::Acme.Mini.IMiniMessage.Device => DeviceId;",
            "int? global::Acme.Mini.IMiniMessage.Count => Count;",
            "global::Acme.Mini.NewMessageKind? global::Acme.Mini.IMiniMessage.Kind => ToView(Kind);",
            "decimal? global::Acme.Mini.IMiniMessage.Cost => Cost ?? OldCost;",
            "string? global::Acme.Mini.IMiniMessage.Marker => null;",
            "global::Acme.Mini.OldMessageKind.B => global::Acme.Mini.NewMessageKind.B,",
        ];
        foreach (var line in expected)
            Assert.Contains(line, view, System.StringComparison.Ordinal);
        // The names only one schema has tell a message's record; shared names tell nothing.
        Assert.Contains("if (global::System.MemoryExtensions.SequenceEqual(utf8Name, \"marker\"u8)) return \"acme.new\";", view, System.StringComparison.Ordinal);
        Assert.Contains("if (global::System.MemoryExtensions.SequenceEqual(utf8Name, \"old_cost\"u8)) return \"acme.old\";", view, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"count\"u8", view, System.StringComparison.Ordinal);
        // "c" has no counterpart: it reads null through the view, and the record keeps it.
        Assert.DoesNotContain("OldMessageKind.C =>", view, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Required_numbers_in_both_records_compile_through_the_view()
    {
        const string Required = ",\n  \"required\": [\"count\", \"old_count\"]";
        var run = GeneratorHarness.Run(
            InMemoryAdditionalText.Schema("acme.new", MiniSchema.Text("acme.new", "NewMessage",
                "\"count\": { \"type\": \"integer\", \"x-mmp-renamed-from\": \"old_count\", \"description\": \"How many.\" }",
                View + ",\n  \"required\": [\"count\"]")),
            InMemoryAdditionalText.Schema("acme.old", MiniSchema.Text("acme.old", "OldMessage",
                "\"count\": { \"type\": \"integer\", \"description\": \"How many.\" }, \"old_count\": { \"type\": \"integer\", \"description\": \"How many, by the old name.\" }",
                Required)));

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles();
        var view = Assert.Single(run.Sources, s => s.HintName == "Acme.Mini.IMiniMessage.g.cs").Text;
        Assert.Contains("int? global::Acme.Mini.IMiniMessage.Count => ((int?)Count) ?? ((int?)OldCount);", view, System.StringComparison.Ordinal);
        Assert.Contains("int? global::Acme.Mini.IMiniMessage.Count => Count;", view, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_whose_older_schema_is_not_compiled_has_the_owner_only()
    {
        var run = GeneratorHarness.Run(InMemoryAdditionalText.Schema("acme.new", MiniSchema.Text("acme.new", "NewMessage", NewMembers, View)));

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles();
        var view = Assert.Single(run.Sources, s => s.HintName == "Acme.Mini.IMiniMessage.g.cs").Text;
        Assert.DoesNotContain("OldMessage", view, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_of_another_type_in_the_older_schema_is_MMP104()
    {
        var old = OldMembers.Replace("\"count\": { \"type\": \"integer\"", "\"count\": { \"type\": \"string\"", System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(
            InMemoryAdditionalText.Schema("acme.new", MiniSchema.Text("acme.new", "NewMessage", NewMembers, View)),
            InMemoryAdditionalText.Schema("acme.old", MiniSchema.Text("acme.old", "OldMessage", old)));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP104", diagnostic.Id);
        Assert.Equal(
            "x-mmp-view: 'count' is int in 'acme.new' but 'count' is string in 'acme.old'; give them one type.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_older_schema_in_another_namespace_is_MMP104()
    {
        var old = MiniSchema.Text("acme.old", "OldMessage", OldMembers).Replace("\"Acme.Mini\"", "\"Acme.Other\"", System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(
            InMemoryAdditionalText.Schema("acme.new", MiniSchema.Text("acme.new", "NewMessage", NewMembers, View)),
            InMemoryAdditionalText.Schema("acme.old", old));

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP104", diagnostic.Id);
        Assert.Contains("a view and its records share one namespace", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.Text.Contains("partial class OldMessage : global::Acme.Mini.IMiniMessage", System.StringComparison.Ordinal));
    }
}
