using System;
using System.Collections.Generic;
using System.Linq;

namespace MmpTyped.Vocabulary;

/// <summary>
/// The rules of one string value, or of one <c>anyOf</c> alternative: enum, lengths, pattern, format. The
/// generator checks constants with it (an <c>[MmpEvent]</c> name) and the analyzers check constants stored
/// in generated properties; the generated <c>Validate()</c> states what it expects in the same words.
/// </summary>
internal sealed class MmpStringRule
{
    public MmpStringRule(IReadOnlyList<string>? enumValues, int? minLength, int? maxLength, string? pattern, string? format)
    {
        Enum = enumValues ?? Array.Empty<string>();
        MinLength = minLength;
        MaxLength = maxLength;
        Pattern = pattern;
        Format = format;
    }

    public IReadOnlyList<string> Enum { get; }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public string? Pattern { get; }

    public string? Format { get; }

    public bool IsEmpty => Enum.Count == 0 && MinLength is null && MaxLength is null && Pattern is null && Format is null;

    /// <summary>What a value must do, as the messages say it, for each rule it breaks (all, when <paramref name="text"/> is null).</summary>
    /// <param name="text">The value, or null for every expectation of the rule.</param>
    /// <param name="matches">Whether a pattern matches the text; null when that cannot be told (the pattern does not compile, the match ran out of time).</param>
    public List<string> Broken(string? text, Func<string, string, bool?> matches)
    {
        var broken = new List<string>();
        if (Enum.Count > 0 && (text is null || !Enum.Contains(text)))
            broken.Add(MmpRuleText.OneOf(Enum));
        if (MinLength is int min && (text is null || text.Length < min))
            broken.Add(MmpRuleText.AtLeastCharacters(min));
        if (MaxLength is int max && (text is null || text.Length > max))
            broken.Add(MmpRuleText.AtMostCharacters(max));
        if (Pattern is { } pattern && (text is null || matches(pattern, text) == false))
            broken.Add(MmpRuleText.Match(pattern));
        if (Format is { } format && (text is null || !MmpTextChecks.IsFormat(text.AsSpan(), format)))
            broken.Add(MmpRuleText.ValidFormat(format));
        return broken;
    }

    /// <summary>
    /// Null when <paramref name="text"/> keeps at least one of <paramref name="alternatives"/> (or there are
    /// none); otherwise what the alternatives expect, as one phrase.
    /// </summary>
    public static string? BrokenAnyOf(IReadOnlyList<MmpStringRule> alternatives, string text, Func<string, string, bool?> matches)
    {
        if (alternatives.Count == 0)
            return null;
        foreach (var alternative in alternatives)
        {
            if (alternative.Broken(text, matches).Count == 0)
                return null;
        }
        return MmpRuleText.AnyOf(alternatives.Select(a => (IReadOnlyList<string>)a.Broken(null, matches)));
    }
}

/// <summary>The words of the value rules' messages, shared by the generated checks and the analyzers.</summary>
internal static class MmpRuleText
{
    /// <summary>The enum values a message lists before it says how many more there are.</summary>
    public const int ListedValues = 6;

    public static string OneOf(IReadOnlyList<string> values) =>
        values.Count <= ListedValues
            ? "be one of " + string.Join(", ", values)
            : "be one of " + string.Join(", ", values.Take(ListedValues)) + $" (or {values.Count - ListedValues} more)";

    public static string AtLeastCharacters(int min) => $"be at least {min} character{(min == 1 ? "" : "s")} long";

    public static string AtMostCharacters(int max) => $"be at most {max} characters long";

    public static string Match(string pattern) => "match " + pattern;

    public static string ValidFormat(string format) => "be a valid " + format;

    /// <summary>The alternatives' expectations: <c>be one of a, b, or match ^x$</c>.</summary>
    public static string AnyOf(IEnumerable<IReadOnlyList<string>> alternatives) =>
        string.Join(", or ", alternatives.Select(a => string.Join(" and ", a)));

    /// <summary>An MMP004 message on a string: <c>'category' must be one of ...; it is "x".</c></summary>
    public static string MustBe(string label, string expected, string text) => $"{label} must {expected}; it is \"{text}\".";
}
