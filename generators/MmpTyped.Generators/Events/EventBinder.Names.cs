using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

namespace MmpTyped.Generators.Events;

internal sealed partial class EventBinder
{
    /// <summary>A generated envelope property must not take a name the class already uses (MMP115).</summary>
    private void CheckNames(List<MemberModel> members)
    {
        var generated = Flatten(members).Where(m => m.Source == MemberSource.Generated).ToList();
        foreach (var property in _class.Properties)
        {
            if (Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(property.Name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None)
                Report(Descriptors.NameClash, $"'@{property.Name}' is a C# keyword, which the generated code would have to escape everywhere: rename the property and keep its JSON place with [MmpField].", property);
            else if (MmpReservedNames.GeneratedLocals.Contains(property.Name) || property.Name.StartsWith("_", System.StringComparison.Ordinal))
                Report(Descriptors.NameClash, $"'{property.Name}' is a name the generated code uses for its own locals and fields: rename the property (PascalCase, like '{char.ToUpperInvariant(property.Name.TrimStart('_').DefaultIfEmpty('X').First())}{new string(property.Name.TrimStart('_').Skip(1).ToArray())}') and keep its JSON place with [MmpField].", property);
            else if (MmpReservedNames.GeneratedMembers.Contains(property.Name))
                Report(Descriptors.NameClash, $"'{property.Name}' is a name the generated class needs (it implements IMmpEvent): rename the property and keep its JSON place with [MmpField].", property);
            else if (generated.FirstOrDefault(g => g.PropertyName == property.Name) is { } clash)
                Report(Descriptors.NameClash, $"'{property.Name}' clashes with the envelope member '{clash.PropertyName}' ({clash.JsonName}) the generator adds from {_schema.SchemaId}: rename it, or remove it and set {clash.PropertyName} instead.", property);
        }
    }

    private static IEnumerable<MemberModel> Flatten(IEnumerable<MemberModel> members) =>
        members.SelectMany(m => m.Shape.Inline is { } inline ? Flatten(inline.Members) : [m]);

    /// <summary>
    /// The schema's rule paths, re-walked through the class: inline objects add no property to the
    /// chain, so <c>eventData.shortID</c> becomes <c>ShortID</c>. A path into the slot that the class
    /// does not fill can never be set; its branch is dropped (an identifier group then needs another).
    /// </summary>
    private static List<RuleModel> RemapRules(EquatableArray<RuleModel> rules, List<MemberModel> members)
    {
        var result = new List<RuleModel>();
        foreach (var rule in rules)
        {
            var branches = rule.Branches
                .Select(b => b.Paths.Select(p => Remap(p, members)).ToList())
                .Where(paths => paths.All(p => p is not null))
                .Select(paths => new RuleBranch(paths.Select(p => p!).ToEquatableArray()))
                .ToList();
            var trigger = rule.Trigger is null ? null : Remap(rule.Trigger, members);
            if (branches.Count == 0 || (rule.Trigger is not null && trigger is null))
                continue;
            result.Add(rule with { Trigger = trigger, Branches = branches.ToEquatableArray() });
        }
        return result;
    }

    private static MemberPath? Remap(MemberPath path, List<MemberModel> members)
    {
        var chain = new List<string>();
        var level = members;
        var segments = path.JsonPath.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var member = level.FirstOrDefault(m => m.JsonName == segments[i]);
            if (member is null)
                return null;
            if (member.Source is MemberSource.Constant or MemberSource.SchemaConstant)
                return new MemberPath(path.JsonPath, EquatableArray<string>.Empty); // always set
            if (member.Shape.Inline is { } inline)
            {
                level = inline.Members.ToList();
                continue;
            }
            chain.Add(member.PropertyName);
            // Past the class's own members the path continues inside a vendor type, with its own names.
            chain.AddRange(path.Properties.Skip(path.Properties.Count - (segments.Length - i - 1)));
            return new MemberPath(path.JsonPath, chain.ToEquatableArray());
        }
        return null;
    }
}
