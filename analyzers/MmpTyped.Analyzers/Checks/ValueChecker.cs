using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using MmpTyped.Analyzers.Metadata;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Checks;

/// <summary>
/// MMP004 and MMP006 on a value stored in a generated property, when the value is known at compile time:
/// the rules are those of the property's <c>[MmpMember]</c>, checked as the generated <c>Validate()</c> checks them.
/// </summary>
internal sealed class ValueChecker(RuleCache cache)
{
    public void Check(IPropertySymbol property, IOperation value, Action<Diagnostic> report)
    {
        if (cache.MemberRulesOf(property) is not { } rules)
            return;
        var type = PropertyPath.Unwrap(property.Type);
        string? problem;
        if (type.TypeKind == TypeKind.Enum)
            problem = EnumProblem(type, value);
        else if (type.SpecialType == SpecialType.System_String)
        {
            if (KnownValues.Constant(value) is not { HasValue: true, Value: string text })
                return;
            if (rules.Hashed is not null)
            {
                CheckHashed(rules, text, value, report);
                return;
            }
            problem = StringProblem(rules, text, rules.Pattern);
        }
        else if (!rules.HasValueRules)
            return;
        else if (IsSystemType(type, "Guid"))
            problem = rules.Pattern is not null && KnownValues.Guid(value) is { } guid ? StringProblem(rules, guid.ToString("D"), rules.Pattern) : null;
        else if (IsSystemType(type, "DateTimeOffset"))
            problem = TimestampProblem(rules, value);
        else if (rules.Minimum is not null || rules.Maximum is not null)
            problem = KnownValues.Number(value) is { } number ? RangeProblem(rules, number, number.ToString(CultureInfo.InvariantCulture)) : null;
        else
            problem = ItemsProblem(rules, value);

        if (problem is not null)
            report(Diagnostic.Create(Descriptors.InvalidValue, value.Syntax.GetLocation(), problem));

        string? StringProblem(MemberRules r, string text, string? pattern)
        {
            var broken = new List<string>();
            if (!r.Enum.IsEmpty && !r.Enum.Contains(text))
                broken.Add("be one of " + Text.List(r.Enum, "or"));
            if (r.MinLength >= 0 && text.Length < r.MinLength)
                broken.Add(MmpRuleText.AtLeastCharacters(r.MinLength));
            if (r.MaxLength >= 0 && text.Length > r.MaxLength)
                broken.Add(MmpRuleText.AtMostCharacters(r.MaxLength));
            if (pattern is not null && Matches(pattern, text) == false)
                broken.Add(MmpRuleText.Match(pattern));
            if (r.Format is { } format && !MmpTextChecks.IsFormat(text.AsSpan(), format))
                broken.Add(MmpRuleText.ValidFormat(format));
            if (MmpStringRule.BrokenAnyOf(r.AnyOf, text, (p, t) => Matches(p, t)) is { } alternatives)
                broken.Add(alternatives);
            return broken.Count == 0 ? null : $"'{r.JsonName}' must {Text.List(broken)}; it is {Text.Quote(text)}";
        }

        string? EnumProblem(ITypeSymbol enumType, IOperation enumValue)
        {
            if (KnownValues.Constant(enumValue) is not { HasValue: true, Value: { } number } || IsDefined(enumType, number))
                return null;
            return $"'{rules.JsonName}' must be one of the {enumType.Name} values; {enumValue.Syntax} is none of them";
        }
    }

    private static string? RangeProblem(MemberRules rules, decimal number, string shown)
    {
        if (rules.Minimum is { } minimum && number < minimum)
            return $"'{rules.JsonName}' must be at least {minimum.ToString(CultureInfo.InvariantCulture)}; it is {shown}";
        if (rules.Maximum is { } maximum && number > maximum)
            return $"'{rules.JsonName}' must be at most {maximum.ToString(CultureInfo.InvariantCulture)}; it is {shown}";
        return null;
    }

    private static string? TimestampProblem(MemberRules rules, IOperation value)
    {
        if (rules.Timestamp != MmpTimestampKinds.UnixMilliseconds || KnownValues.UnixMilliseconds(value, out var fromSeconds) is not { } milliseconds)
            return null;
        var problem = RangeProblem(rules, milliseconds, milliseconds.ToString(CultureInfo.InvariantCulture) + " ms");
        if (problem is null)
            return null;
        var hint = !fromSeconds && milliseconds is >= 1_000_000_000m and < 10_000_000_000m
            ? " (a time in seconds: use DateTimeOffset.FromUnixTimeSeconds)"
            : "";
        return $"{problem}, as the vendor receives it in Unix milliseconds{hint}";
    }

    private static string? ItemsProblem(MemberRules rules, IOperation value)
    {
        if (rules.MinItems > 0 && KnownValues.IsEmptyCollection(value))
            return $"'{rules.JsonName}' must hold at least {rules.MinItems} item{(rules.MinItems == 1 ? "" : "s")}; this list is empty";
        if (!rules.Enum.IsEmpty && KnownValues.ConvertedString(value) is { } text && !rules.Enum.Contains(text))
            return $"'{rules.JsonName}' must be one of {Text.List(rules.Enum, "or")} when it is a string; it is {Text.Quote(text)}";
        return null;
    }

    private static void CheckHashed(MemberRules rules, string text, IOperation value, Action<Diagnostic> report)
    {
        if (MmpTextChecks.LooksHashed(text.AsSpan()))
            return;
        var helper = MmpHashKinds.HelperOf(rules.Hashed);
        var (what, fits) = rules.Hashed switch
        {
            MmpHashKinds.Email => ("an email address", text.IndexOf('@') > 0),
            MmpHashKinds.Phone => ("a phone number", IsPhone(text)),
            MmpHashKinds.E164Phone => ("a phone number in E.164 form", IsPhone(text)),
            _ => ("a lower-cased name", text.Trim().Length > 0),
        };
        var properties = fits
            ? ImmutableDictionary<string, string?>.Empty.Add(PropertyKeys.HashHelper, helper)
            : ImmutableDictionary<string, string?>.Empty;
        report(Diagnostic.Create(Descriptors.ClearTextPii, value.Syntax.GetLocation(), properties,
            rules.JsonName, what, Text.Quote(text), helper));
    }

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
