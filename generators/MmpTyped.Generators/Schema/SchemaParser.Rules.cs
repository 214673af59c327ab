using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Json;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Schema;

internal sealed partial class SchemaParser
{
    /// <summary>
    /// The conditional rules of an object, in the two shapes of schemas/README.md (an identifier group
    /// and companions, each an <c>anyOf</c>; several under <c>allOf</c>) plus an object-level
    /// <c>not: {required: [...]}</c> ("only one of").
    /// </summary>
    private List<RuleModel> ReadRules(JsonObject schema, string typeName)
    {
        var rules = new List<RuleModel>();
        ReadRule(schema, schema, typeName, rules);
        foreach (var item in schema.GetArray("allOf")?.Items ?? [])
            ReadRule(schema, Resolve(item), typeName, rules);
        return rules;
    }

    private void ReadRule(JsonObject owner, JsonObject holder, string typeName, List<RuleModel> rules)
    {
        var name = holder.GetString("x-mmp-rule") ?? typeName;
        if (holder.GetArray("anyOf") is { } anyOf)
            rules.Add(ReadAnyOfRule(owner, anyOf, name));
        if (holder.GetObject("not") is { } not)
        {
            if (not.GetArray("required") is null)
                throw new SchemaException(not, "An object-level 'not' must be of the form {\"required\": [...]} (\"not all of these together\").");
            rules.Add(new RuleModel(RuleKind.Exclusive, name, null, new[] { Branch(owner, not) }.ToEquatableArray()));
        }
    }

    private RuleModel ReadAnyOfRule(JsonObject owner, JsonArray anyOf, string name)
    {
        var branches = anyOf.Items.Select(Resolve).ToList();
        var negated = branches.Where(b => b.GetObject("not") is not null).ToList();

        if (negated.Count == 0 && branches.All(b => b.GetArray("required") is not null))
            return new RuleModel(RuleKind.IdentifierGroup, name, null, branches.Select(b => Branch(owner, b)).ToEquatableArray());

        if (branches.Count == 2 && negated.Count == 1)
        {
            var trigger = Branch(owner, negated[0].GetObject("not")!);
            var companions = branches.Single(b => b.GetObject("not") is null);
            if (trigger.Paths.Count == 1 && companions.GetArray("required") is not null)
                return new RuleModel(RuleKind.Companions, name, trigger.Paths[0], new[] { Branch(owner, companions) }.ToEquatableArray());
        }

        throw new SchemaException(anyOf,
            "This anyOf is neither an identifier group ([{required:[a]}, {required:[b]}]) nor companions ([{not:{required:[a]}}, {required:[b, c]}]); see schemas/README.md.");
    }

    /// <summary>Every leaf path a branch requires, through nested <c>properties</c>: <c>browser.clientID</c>, <c>eventData.shortID</c>.</summary>
    private RuleBranch Branch(JsonObject owner, JsonObject branch)
    {
        var paths = new List<MemberPath>();
        CollectPaths(owner, branch, "", [], paths);
        return new RuleBranch(paths.ToEquatableArray());
    }

    private void CollectPaths(JsonObject ownerSchema, JsonObject branch, string prefix, List<string> properties, List<MemberPath> paths)
    {
        foreach (var required in branch.GetArray("required")?.Items.OfType<JsonString>() ?? [])
        {
            var jsonName = required.Value;
            var memberSchema = ownerSchema.GetObject("properties")?.Get(jsonName) is { } node
                ? Resolve(node)
                : throw new SchemaException(required, $"A rule names '{prefix}{jsonName}', which is not a property.");
            var chain = new List<string>(properties) { memberSchema.GetString("x-mmp-name") ?? Naming.PropertyName(jsonName) };

            if (branch.GetObject("properties")?.GetObject(jsonName) is { } nested && nested.GetArray("required") is not null)
                CollectPaths(memberSchema, nested, prefix + jsonName + ".", chain, paths);
            else
                paths.Add(new MemberPath(prefix + jsonName, chain.ToEquatableArray()));
        }
    }
}
