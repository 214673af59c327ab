using System;
using System.Linq;
using System.Text.RegularExpressions;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

namespace MmpTyped.Generators.Events;

/// <summary>
/// The event name of an <c>[MmpEvent]</c> class is a constant value of the schema's event-name member, so the
/// generator checks it against that member's rules (enum, <c>anyOf</c>, pattern, length, format) with the
/// shared string rules: a name the vendor refuses is an MMP004 warning at the attribute's argument, and the
/// class's <c>Validate()</c> reports it too (the generated check is the message itself, since the value never changes).
/// </summary>
internal static class EventNameCheck
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>What is wrong with <paramref name="name"/> as a value of a member with <paramref name="rules"/>, or null when nothing is.</summary>
    public static string? Problem(string label, string name, ValueRules rules)
    {
        var broken = StringRuleOf(rules).Broken(name, Matches);
        if (MmpStringRule.BrokenAnyOf(rules.AnyOf.Select(StringRuleOf).ToList(), name, Matches) is { } alternatives)
            broken.Add(alternatives);
        return broken.Count == 0 ? null : MmpRuleText.MustBe(label, string.Join(" and ", broken), name);
    }

    private static MmpStringRule StringRuleOf(ValueRules rules) =>
        new(rules.Enum.ToList(), rules.MinLength, rules.MaxLength, rules.Pattern, rules.Format);

    // The schema's patterns were compiled when the schema was read (ECMAScript, as Validate() runs them); a
    // match that runs out of time tells nothing, and the generated Validate() still runs its own check.
    private static bool? Matches(string pattern, string text)
    {
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript, MatchTimeout).IsMatch(text);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
