using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using MmpTyped.Analyzers.Metadata;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Checks;

/// <summary>
/// MMP004 and MMP006 on a value stored in a generated property, when the value is known at compile time:
/// the rules are those of the property's metadata (<c>[MmpMember]</c>, <c>[MmpAnyOf]</c>, <c>[MmpItems]</c>,
/// <c>[MmpKeyType]</c>), checked with the shared checks the generated <c>Validate()</c> runs, one diagnostic
/// per broken rule, in <c>Validate()</c>'s words (<see cref="MmpMessages"/>).
/// </summary>
internal sealed class ValueChecker(RuleCache cache)
{
    public void Check(IPropertySymbol property, IOperation value, Action<Diagnostic> report)
    {
        if (cache.MemberRulesOf(property) is not { } rules)
            return;
        var label = MmpMessages.Label(rules.JsonName);
        var type = PropertyPath.Unwrap(property.Type);
        if (type.TypeKind == TypeKind.Enum)
        {
            CheckEnum(label, type, value, report);
            return;
        }
        if (type.SpecialType == SpecialType.System_String)
        {
            if (KnownValues.Constant(value) is not { HasValue: true, Value: string text })
                return;
            if (rules.Hashed is not null)
                CheckHashed(rules, label, text, value, report);
            else
                CheckString(rules.StringRule, rules.AnyOf, label, text, value, report);
            return;
        }
        if (!rules.HasValueRules)
            return;
        if (IsSystemType(type, "Guid"))
        {
            if (KnownValues.Guid(value) is { } guid)
                CheckString(rules.StringRule, rules.AnyOf, label, guid.ToString("D"), value, report);
        }
        else if (IsSystemType(type, "DateTimeOffset"))
        {
            if (rules.Timestamp == MmpTimestampKinds.UnixMilliseconds && KnownValues.UnixMilliseconds(value, out _) is { } milliseconds)
                CheckRange(rules, label, milliseconds, value, report);
        }
        else if (rules.Minimum is not null || rules.Maximum is not null)
        {
            if (KnownValues.Number(value) is { } number)
                CheckRange(rules, label, number, value, report);
        }
        else
        {
            CheckCollection(rules, label, value, report);
        }
    }

    private void CheckString(MmpStringRule rule, ImmutableArray<MmpStringRule> anyOf, string label, string text, IOperation value, Action<Diagnostic> report)
    {
        foreach (var expected in rule.Broken(text, Matches))
            Report(value, MmpRuleText.MustBe(label, expected, text), report);
        if (MmpStringRule.BrokenAnyOf(anyOf, text, Matches) is { } alternatives)
            Report(value, MmpRuleText.MustBe(label, alternatives, text), report);
    }

    private static void CheckRange(MemberRules rules, string label, decimal number, IOperation value, Action<Diagnostic> report)
    {
        var shown = number.ToString(CultureInfo.InvariantCulture);
        if (rules.Minimum is { } minimum && number < minimum)
            Report(value, MmpMessages.AtLeast(label, rules.MinimumText!, shown), report);
        if (rules.Maximum is { } maximum && number > maximum)
            Report(value, MmpMessages.AtMost(label, rules.MaximumText!, shown), report);
    }

    private static void CheckEnum(string label, ITypeSymbol enumType, IOperation value, Action<Diagnostic> report)
    {
        if (KnownValues.Constant(value) is not { HasValue: true, Value: { } number } || IsDefined(enumType, number))
            return;
        // The generated enum's companion (AirbridgeConsentFlagJson) lists the JSON names Validate() shows.
        var allowed = RuleCache.AllowedOf(enumType) ?? enumType.Name;
        var shown = Convert.ToInt64(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        Report(value, MmpMessages.UndefinedEnum(label, allowed, shown, enumType.Name), report);
    }

    /// <summary>A list or union member: too few items, an item or a string branch that breaks its rules, an open object's values.</summary>
    private void CheckCollection(MemberRules rules, string label, IOperation value, Action<Diagnostic> report)
    {
        if (rules.MinItems > 0 && KnownValues.IsEmptyCollection(value))
            Report(value, MmpMessages.TooFewItems(label, rules.MinItems), report);
        if (!rules.Enum.IsEmpty && KnownValues.ConvertedString(value) is { } text)
            CheckString(new MmpStringRule(rules.Enum, null, null, null, null), ImmutableArray<MmpStringRule>.Empty, label, text, value, report);
        if (rules.Items is { } itemRule)
        {
            foreach (var item in KnownValues.Items(value))
            {
                if (KnownValues.Constant(item) is { HasValue: true, Value: string itemText })
                    CheckString(itemRule, ImmutableArray<MmpStringRule>.Empty, MmpMessages.EachItemOf(label), itemText, item, report);
            }
        }
        if (!rules.KeyTypes.IsEmpty)
        {
            foreach (var (key, entry) in KnownValues.Entries(value))
                CheckKeyType(rules, key, entry, report);
        }
    }

    private void CheckKeyType(MemberRules rules, string key, IOperation entry, Action<Diagnostic> report)
    {
        if (KnownValues.Json(entry) is not { } json)
            return;
        foreach (var (keyPattern, jsonType) in rules.KeyTypes)
        {
            if (Matches(keyPattern, key) == true && !MmpJsonTypes.Accepts(jsonType, json.Kind, json.IsWholeNumber))
                Report(entry, MmpMessages.WrongJsonType(key, jsonType, json.Text), report);
        }
    }

    private static void CheckHashed(MemberRules rules, string label, string text, IOperation value, Action<Diagnostic> report)
    {
        if (MmpTextChecks.LooksHashed(text.AsSpan()))
            return;
        var helper = MmpHashKinds.HelperOf(rules.Hashed);
        var fits = rules.Hashed switch
        {
            MmpHashKinds.Email => text.IndexOf('@') > 0,
            MmpHashKinds.Phone or MmpHashKinds.E164Phone => IsPhone(text),
            _ => text.Trim().Length > 0,
        };
        // The code fix wraps the text in MmpHash only when the helper takes it.
        var properties = fits
            ? ImmutableDictionary<string, string?>.Empty.Add(PropertyKeys.HashHelper, helper)
            : ImmutableDictionary<string, string?>.Empty;
        report(Diagnostic.Create(Descriptors.ClearTextPii, value.Syntax.GetLocation(), properties, MmpMessages.ClearText(label, text, helper)));
    }

    private static void Report(IOperation value, string message, Action<Diagnostic> report) =>
        report(Diagnostic.Create(Descriptors.InvalidValue, value.Syntax.GetLocation(), message));

    /// <summary>Text <c>MmpHash.Phone</c> accepts: digits, with the usual separators.</summary>
    private static bool IsPhone(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
                digits++;
            else if (c is not ('+' or '-' or ' ' or '(' or ')' or '.'))
                return false;
        }
        return digits > 0;
    }

    private bool? Matches(string pattern, string text)
    {
        if (cache.PatternOf(pattern) is not { } regex)
            return null;
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool IsDefined(ITypeSymbol enumType, object number)
    {
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, number))
                return true;
        }
        return false;
    }

    private static bool IsSystemType(ITypeSymbol type, string name) =>
        type.Name == name && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
}
