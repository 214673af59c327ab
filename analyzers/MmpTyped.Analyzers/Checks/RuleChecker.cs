using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using MmpTyped.Analyzers.Flow;
using MmpTyped.Analyzers.Metadata;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Checks;

/// <summary>
/// Decides the conditional rules (MMP001 identifier groups, MMP002 companions, MMP004 "only one of") of a
/// finished object and of every object it holds. A rule is reported only when every member it involves is
/// known: set (a non-null constant, a new object) or not set (null, or never assigned after an empty constructor).
/// </summary>
internal sealed class RuleChecker(RuleCache cache)
{
    public void Check(ObjectState root, Action<Diagnostic> report)
    {
        var visited = new HashSet<ObjectState>();
        var pending = new Stack<ObjectState>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var state = pending.Pop();
            if (state.IsOpaque || !visited.Add(state))
                continue; // an opaque object's members, and the objects they hold, may change unseen
            CheckRules(state, cache.RulesOf(state.Type), report);
            foreach (var member in state.Members)
            {
                if (member.Value.Value is { } held)
                    pending.Push(held);
            }
        }
    }

    private static void CheckRules(ObjectState state, TypeRules rules, Action<Diagnostic> report)
    {
        foreach (var group in rules.Groups)
            CheckGroup(state, group, report);
        foreach (var companions in rules.Companions)
            CheckCompanions(state, companions, report);
        foreach (var exclusive in rules.Exclusives)
            CheckExclusive(state, exclusive, report);
    }

    private static void CheckGroup(ObjectState state, IdentifierGroupRule group, Action<Diagnostic> report)
    {
        var keys = new List<string>(group.Branches.Length);
        foreach (var branch in group.Branches)
        {
            var missing = false;
            foreach (var path in branch)
                missing |= Evaluate(state, path) == Presence.NotSet;
            if (!missing)
                return; // this branch may hold
            keys.Add(string.Join(PropertyKeys.BranchJoin.ToString(), Displays(branch)));
        }
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(PropertyKeys.Branches, string.Join(PropertyKeys.Separator.ToString(), keys));
        var message = MmpMessages.MissingIdentifier(group.Branches.Select(b => b.Select(p => p.Json)), group.Name);
        report(Diagnostic.Create(Descriptors.MissingIdentifier, state.Location, properties, message));
    }

    private static void CheckCompanions(ObjectState state, CompanionsRule rule, Action<Diagnostic> report)
    {
        if (Evaluate(state, rule.Trigger) != Presence.Set)
            return;
        var missing = new List<string>();
        var missingJson = new List<string>();
        foreach (var companion in rule.Companions)
        {
            if (Evaluate(state, companion) == Presence.NotSet)
            {
                missing.Add(companion.Display);
                missingJson.Add(companion.Json);
            }
        }
        if (missing.Count == 0)
            return;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(PropertyKeys.Missing, string.Join(PropertyKeys.Separator.ToString(), missing));
        report(Diagnostic.Create(Descriptors.MissingCompanion, state.Location, properties,
            MmpMessages.MissingCompanions(missingJson, rule.Trigger.Json, rule.Name)));
    }

    private static void CheckExclusive(ObjectState state, ExclusiveRule rule, Action<Diagnostic> report)
    {
        foreach (var path in rule.Paths)
        {
            if (Evaluate(state, path) != Presence.Set)
                return;
        }
        report(Diagnostic.Create(Descriptors.InvalidValue, state.Location, MmpMessages.OnlyOneOf(rule.Paths.Select(p => p.Json), rule.Name)));
    }

    /// <summary>Whether the member at <paramref name="path"/> is set, following the objects the state holds.</summary>
    private static Presence Evaluate(ObjectState state, PropertyPath path)
    {
        var current = state;
        var properties = path.Properties;
        for (var i = 0; ; i++)
        {
            if (current.IsOpaque)
                return Presence.Unknown;
            var fact = current.Get(properties[i]);
            if (i == properties.Length - 1 || fact.Presence == Presence.NotSet)
                return fact.Presence;
            if (fact.Value is not { } next)
                return Presence.Unknown;
            current = next;
        }
    }

    private static List<string> Displays(ImmutableArray<PropertyPath> paths)
    {
        var names = new List<string>(paths.Length);
        foreach (var path in paths)
            names.Add(path.Display);
        return names;
    }
}
