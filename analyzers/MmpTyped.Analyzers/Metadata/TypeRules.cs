using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Analyzers.Metadata;

/// <summary>MMP001: at least one branch must hold; a branch holds when all its paths are set.</summary>
internal sealed class IdentifierGroupRule(string name, ImmutableArray<ImmutableArray<PropertyPath>> branches)
{
    public string Name { get; } = name;

    public ImmutableArray<ImmutableArray<PropertyPath>> Branches { get; } = branches;
}

/// <summary>MMP002: when the trigger is set, every companion must be set.</summary>
internal sealed class CompanionsRule(string name, PropertyPath trigger, ImmutableArray<PropertyPath> companions)
{
    public string Name { get; } = name;

    public PropertyPath Trigger { get; } = trigger;

    public ImmutableArray<PropertyPath> Companions { get; } = companions;
}

/// <summary>MMP004: the paths must not all be set together.</summary>
internal sealed class ExclusiveRule(string name, ImmutableArray<PropertyPath> paths)
{
    public string Name { get; } = name;

    public ImmutableArray<PropertyPath> Paths { get; } = paths;
}

/// <summary>
/// The conditional rules a type carries (<c>[MmpIdentifierGroup]</c>, <c>[MmpCompanions]</c>,
/// <c>[MmpExclusive]</c>), with every path mapped to properties. A rule with a path that maps to nothing
/// (an <c>[MmpEvent]</c> class's own property) is left out: unknown, so never reported.
/// </summary>
internal sealed class TypeRules
{
    public static readonly TypeRules None = new(
        ImmutableArray<IdentifierGroupRule>.Empty, ImmutableArray<CompanionsRule>.Empty, ImmutableArray<ExclusiveRule>.Empty);

    public TypeRules(ImmutableArray<IdentifierGroupRule> groups, ImmutableArray<CompanionsRule> companions, ImmutableArray<ExclusiveRule> exclusives)
    {
        Groups = groups;
        Companions = companions;
        Exclusives = exclusives;
    }

    public ImmutableArray<IdentifierGroupRule> Groups { get; }

    public ImmutableArray<CompanionsRule> Companions { get; }

    public ImmutableArray<ExclusiveRule> Exclusives { get; }

    public static TypeRules Read(INamedTypeSymbol type, MmpSymbols symbols, RuleCache cache)
    {
        var groups = ImmutableArray.CreateBuilder<IdentifierGroupRule>();
        var companions = ImmutableArray.CreateBuilder<CompanionsRule>();
        var exclusives = ImmutableArray.CreateBuilder<ExclusiveRule>();
        foreach (var attribute in type.GetAttributes())
        {
            var kind = attribute.AttributeClass;
            if (kind is null || attribute.ConstructorArguments.Length != 2 && attribute.ConstructorArguments.Length != 3)
                continue;
            if (attribute.ConstructorArguments[0].Value is not string name)
                continue;
            if (SymbolEqualityComparer.Default.Equals(kind, symbols.IdentifierGroup))
            {
                if (ReadBranches(type, attribute.ConstructorArguments[1], cache) is { } branches)
                    groups.Add(new IdentifierGroupRule(name, branches));
            }
            else if (SymbolEqualityComparer.Default.Equals(kind, symbols.Companions) && attribute.ConstructorArguments.Length == 3)
            {
                if (attribute.ConstructorArguments[1].Value is string trigger
                    && PropertyPath.Resolve(type, trigger, cache) is { } triggerPath
                    && ReadPaths(type, attribute.ConstructorArguments[2], cache) is { } paths)
                    companions.Add(new CompanionsRule(name, triggerPath, paths));
            }
            else if (SymbolEqualityComparer.Default.Equals(kind, symbols.Exclusive))
            {
                if (ReadPaths(type, attribute.ConstructorArguments[1], cache) is { Length: > 1 } paths)
                    exclusives.Add(new ExclusiveRule(name, paths));
            }
        }
        return groups.Count == 0 && companions.Count == 0 && exclusives.Count == 0
            ? None
            : new TypeRules(groups.ToImmutable(), companions.ToImmutable(), exclusives.ToImmutable());
    }

    private static ImmutableArray<ImmutableArray<PropertyPath>>? ReadBranches(ITypeSymbol type, TypedConstant array, RuleCache cache)
    {
        if (array.Kind != TypedConstantKind.Array || array.Values.IsEmpty)
            return null;
        var branches = ImmutableArray.CreateBuilder<ImmutableArray<PropertyPath>>(array.Values.Length);
        foreach (var item in array.Values)
        {
            if (item.Value is not string branch)
                return null;
            var parts = branch.Split('+');
            var paths = ImmutableArray.CreateBuilder<PropertyPath>(parts.Length);
            foreach (var part in parts)
            {
                if (PropertyPath.Resolve(type, part, cache) is not { } path)
                    return null;
                paths.Add(path);
            }
            branches.Add(paths.MoveToImmutable());
        }
        return branches.MoveToImmutable();
    }

    private static ImmutableArray<PropertyPath>? ReadPaths(ITypeSymbol type, TypedConstant array, RuleCache cache)
    {
        if (array.Kind != TypedConstantKind.Array || array.Values.IsEmpty)
            return null;
        var paths = ImmutableArray.CreateBuilder<PropertyPath>(array.Values.Length);
        foreach (var item in array.Values)
        {
            if (item.Value is not string json || PropertyPath.Resolve(type, json, cache) is not { } path)
                return null;
            paths.Add(path);
        }
        return paths.MoveToImmutable();
    }
}
