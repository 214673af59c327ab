using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Schemas;

/// <summary>The rules of schemas/README.md, checked on every schema so that none drifts from them.</summary>
public sealed partial class SchemaConventionTests
{
    private static readonly string[] ForbiddenKeywords = ["dependencies", "if", "then", "else"];

    public static TheoryData<string> SchemaIds() => new(SchemaValidator.SchemaIds);

    [Fact]
    public void The_schemas_folder_holds_exactly_the_six_endpoints()
    {
        var files = Directory.GetFiles(RepoPaths.Schemas, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(SchemaValidator.SchemaIds.Select(id => id + ".schema.json").Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Root_carries_draft07_and_the_x_mmp_root_keywords(string schemaId)
    {
        var root = Read(schemaId);
        Assert.Equal("http://json-schema.org/draft-07/schema#", root.GetProperty("$schema").GetString());
        Assert.Equal(schemaId, root.GetProperty("x-mmp-id").GetString());
        Assert.StartsWith("MmpTyped.", root.GetProperty("x-mmp-namespace").GetString(), StringComparison.Ordinal);
        Assert.Matches("^[A-Z][A-Za-z0-9]+$", root.GetProperty("x-mmp-type").GetString());
        Assert.Contains(root.GetProperty("x-mmp-direction").GetString(), new[] { "inbound", "outbound" });
        Assert.True(root.GetProperty("x-mmp-endpoint").TryGetProperty("method", out _), "x-mmp-endpoint needs a method");
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
        Assert.Equal(root.GetProperty("x-mmp-direction").GetString() == "outbound", root.TryGetProperty("x-mmp-event", out _));
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Every_property_has_a_description(string schemaId)
    {
        var missing = Walk(Read(schemaId), "$")
            .Where(n => n.IsProperty && !n.Schema.TryGetProperty("description", out _) && !n.Schema.TryGetProperty("$ref", out _))
            .Select(n => n.Path)
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Every_object_with_properties_names_its_CSharp_type(string schemaId)
    {
        var unnamed = Walk(Read(schemaId), "$")
            .Where(n => n.IsTypeDefinition && n.Schema.TryGetProperty("properties", out _) && !n.Schema.TryGetProperty("x-mmp-type", out _))
            .Select(n => n.Path)
            .ToList();
        Assert.Empty(unnamed);
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Uses_no_keyword_that_independent_validators_ignore(string schemaId)
    {
        var used = Walk(Read(schemaId), "$")
            .SelectMany(n => ForbiddenKeywords.Where(k => n.Schema.TryGetProperty(k, out _)).Select(k => $"{k} at {n.Path}"))
            .ToList();
        Assert.Empty(used);
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Uses_only_x_mmp_keywords_documented_in_the_README(string schemaId)
    {
        var documented = DocumentedKeywords();
        var undocumented = KeywordsIn(Read(schemaId)).Where(k => k.StartsWith("x-mmp-", StringComparison.Ordinal) && !documented.Contains(k)).Distinct().ToList();
        Assert.Empty(undocumented);
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Every_conditional_rule_is_named(string schemaId)
    {
        var unnamed = Walk(Read(schemaId), "$")
            .Where(n => n.Schema.TryGetProperty("anyOf", out var anyOf) && IsConditionalRule(anyOf) && !n.Schema.TryGetProperty("x-mmp-rule", out _))
            .Select(n => n.Path)
            .ToList();
        Assert.Empty(unnamed);
    }

    // A conditional rule is an anyOf whose branches only require members (identifier group) or
    // exclude one (companions); an anyOf of value forms ("all" or an array) is not one.
    private static bool IsConditionalRule(JsonElement anyOf) =>
        anyOf.EnumerateArray().All(b => b.TryGetProperty("required", out _) || b.TryGetProperty("not", out _));

    private static JsonElement Read(string schemaId) =>
        JsonDocument.Parse(File.ReadAllText(RepoPaths.SchemaFile(schemaId))).RootElement;

    private static HashSet<string> DocumentedKeywords()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Schemas, "README.md"));
        return DocumentedKeyword().Matches(readme).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| `(x-mmp-[a-z-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedKeyword();

    private static IEnumerable<string> KeywordsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => KeywordsIn(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(KeywordsIn),
        _ => [],
    };

    private sealed record SchemaNode(string Path, JsonElement Schema, bool IsProperty, bool IsTypeDefinition);

    /// <summary>Every subschema, with its place: a property, an array item, a definition, or a branch.</summary>
    private static IEnumerable<SchemaNode> Walk(JsonElement schema, string path, bool isProperty = false, bool isTypeDefinition = true)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            yield break;
        yield return new SchemaNode(path, schema, isProperty, isTypeDefinition);

        foreach (var (keyword, members) in new[] { ("properties", true), ("definitions", false), ("patternProperties", true) })
        {
            if (!schema.TryGetProperty(keyword, out var children))
                continue;
            foreach (var child in children.EnumerateObject())
            {
                foreach (var node in Walk(child.Value, $"{path}.{child.Name}", members, true))
                    yield return node;
            }
        }
        if (schema.TryGetProperty("items", out var items))
        {
            foreach (var node in Walk(items, path + "[]"))
                yield return node;
        }
        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            foreach (var node in Walk(additional, path + ".*"))
                yield return node;
        }
        // Branches of a rule restate members to constrain them; they define no new type or property.
        foreach (var keyword in new[] { "anyOf", "allOf", "oneOf" })
        {
            if (!schema.TryGetProperty(keyword, out var branches))
                continue;
            foreach (var branch in branches.EnumerateArray())
            {
                foreach (var node in WalkBranch(branch, path))
                    yield return node;
            }
        }
        if (schema.TryGetProperty("not", out var not))
        {
            foreach (var node in WalkBranch(not, path))
                yield return node;
        }
    }

    private static IEnumerable<SchemaNode> WalkBranch(JsonElement branch, string path) =>
        Walk(branch, path, isProperty: false, isTypeDefinition: false)
            .Select(n => n with { IsProperty = false, IsTypeDefinition = false });
}
