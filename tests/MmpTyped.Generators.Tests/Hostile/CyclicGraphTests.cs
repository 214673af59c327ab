using System;
using System.Collections;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Hostile;

/// <summary>
/// A recursive schema type lets a user build an object graph with a cycle (a node that is its own
/// parent). <c>Validate()</c> must answer with an MMP004 at the path where the graph passes the depth a
/// parser reads, never recurse until the stack overflows (which would kill the process, test host and all).
/// </summary>
public sealed class CyclicGraphTests
{
    private const string Definitions = """
        ,
          "definitions": { "Node": { "type": "object", "x-mmp-type": "TreeNode", "properties": { "name": { "type": "string", "minLength": 1 }, "parent": { "$ref": "#/definitions/Node" }, "children": { "type": "array", "items": { "$ref": "#/definitions/Node" } } } } }
        """;

    [Fact]
    public void A_node_that_is_its_own_parent_is_MMP004_at_the_depth_limit()
    {
        using var assembly = Compile();
        var (message, root) = NewMessage(assembly);
        root.GetType().GetProperty("Parent")!.SetValue(root, root);

        var errors = message.Validate().Errors;

        var error = Assert.Single(errors);
        Assert.Equal("MMP004", error.Code);
        Assert.StartsWith("$.root.parent.parent.parent", error.Path, StringComparison.Ordinal);
        Assert.Equal(Runtime.MmpValidator.MaxDepth + 1, error.Path.Count(c => c == '.'));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_through_array_items_is_reported_and_the_other_rules_still_are()
    {
        using var assembly = Compile();
        var (message, root) = NewMessage(assembly);
        var children = (IList)Activator.CreateInstance(root.GetType().GetProperty("Children")!.PropertyType)!;
        children.Add(root);
        root.GetType().GetProperty("Children")!.SetValue(root, children);
        root.GetType().GetProperty("Name")!.SetValue(root, "");

        var errors = message.Validate().Errors;

        Assert.Contains(errors, e => e.Code == "MMP004" && e.Path == "$.root.name");
        Assert.Contains(errors, e => e.Code == "MMP004" && e.Path.StartsWith("$.root.children[0].children[0]", StringComparison.Ordinal) && e.Message.Contains("cycle", StringComparison.Ordinal));
        // The validator is reused by the thread: the next call starts again at the root.
        root.GetType().GetProperty("Children")!.SetValue(root, null);
        root.GetType().GetProperty("Name")!.SetValue(root, "a");
        Assert.True(message.Validate().IsValid);
    }

    [Fact]
    public void Writing_a_node_that_is_its_own_parent_throws_at_the_writers_depth_instead_of_overflowing()
    {
        using var assembly = Compile();
        var (message, root) = NewMessage(assembly);
        root.GetType().GetProperty("Parent")!.SetValue(root, root);

        // Utf8JsonWriter refuses a 1,000th level (MmpJson validates what it writes); the stack holds that many.
        var error = Assert.Throws<InvalidOperationException>(() => MmpJson.Serialize(message));
        Assert.Contains("depth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deep_but_finite_graph_within_the_limit_is_valid()
    {
        using var assembly = Compile();
        var (message, root) = NewMessage(assembly);
        var node = root;
        for (var i = 0; i < 30; i++)
        {
            var parent = Activator.CreateInstance(root.GetType())!;
            node.GetType().GetProperty("Parent")!.SetValue(node, parent);
            node = parent;
        }

        Assert.True(message.Validate().IsValid);
    }

    private static LoadedAssembly Compile()
    {
        var run = HostileRun.Survive(HostileRun.Mini("\"root\": { \"$ref\": \"#/definitions/Node\" }", Definitions));
        HostileRun.AssertGeneratedAndCompiles(run);
        return LoadedAssembly.Emit(run.OutputCompilation);
    }

    private static (IMmpEvent Message, object Root) NewMessage(LoadedAssembly assembly)
    {
        var message = (IMmpEvent)Activator.CreateInstance(assembly.GetType("Acme.Mini.MiniEvent"))!;
        var root = Activator.CreateInstance(assembly.GetType("Acme.Mini.TreeNode"))!;
        message.GetType().GetProperty("Root")!.SetValue(message, root);
        return (message, root);
    }
}
