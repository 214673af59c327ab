using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Metadata;

/// <summary>
/// What <c>[MmpMember]</c> says about one generated property: its JSON name and the value rules the
/// vendor states for it. Unset numbers are -1 (lengths, items) or null (range), as on the attribute.
/// </summary>
internal sealed class MemberRules
{
    private MemberRules(string jsonName) => JsonName = jsonName;

    public string JsonName { get; }

    public string? Pattern { get; private set; }

    public int MinLength { get; private set; } = -1;

    public int MaxLength { get; private set; } = -1;

    public decimal? Minimum { get; private set; }

    public decimal? Maximum { get; private set; }

    /// <summary>The minimum as the schema writes it, which messages show.</summary>
    public string? MinimumText { get; private set; }

    /// <summary>The maximum as the schema writes it, which messages show.</summary>
    public string? MaximumText { get; private set; }

    /// <summary>The clear-text normalisation of a hashed field (<c>sha256-email</c>, ...), or null.</summary>
    public string? Hashed { get; private set; }

    /// <summary>The wire encoding of a timestamp (<c>unix-ms</c>, <c>af-datetime</c>, ...), or null.</summary>
    public string? Timestamp { get; private set; }

    /// <summary>The fewest items of a list. Read when the attribute carries it (a newer MmpTyped).</summary>
    public int MinItems { get; private set; } = -1;

    /// <summary>The accepted strings of an open string value. Read when the attribute carries it (a newer MmpTyped).</summary>
    public ImmutableArray<string> Enum { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>The JSON Schema format of a string (<c>ipv4</c>, ...), or null. Read when the attribute carries it (a newer MmpTyped).</summary>
    public string? Format { get; private set; }

    /// <summary>The <c>anyOf</c> alternatives of a string (<c>[MmpAnyOf]</c>): the value must keep one of them.</summary>
    public ImmutableArray<MmpStringRule> AnyOf { get; private set; } = ImmutableArray<MmpStringRule>.Empty;

    /// <summary>The string rules of each item of a list (<c>[MmpItems]</c>), or null.</summary>
    public MmpStringRule? Items { get; private set; }

    /// <summary>An open object's key rules (<c>[MmpKeyType]</c>): keys matching a pattern hold values of a JSON type.</summary>
    public ImmutableArray<(string KeyPattern, string JsonType)> KeyTypes { get; private set; } = ImmutableArray<(string, string)>.Empty;

    /// <summary>The string rules of the member itself (without its <see cref="AnyOf"/>), in the shared form.</summary>
    public MmpStringRule StringRule =>
        new(Enum, MinLength >= 0 ? MinLength : null, MaxLength >= 0 ? MaxLength : null, Pattern, Format);

    /// <summary>Whether any value rule is stated (a property with none needs no value check).</summary>
    public bool HasValueRules =>
        Pattern is not null || MinLength >= 0 || MaxLength >= 0 || Minimum is not null || Maximum is not null
        || Hashed is not null || MinItems >= 0 || !Enum.IsEmpty || Format is not null || !AnyOf.IsEmpty
        || Items is not null || !KeyTypes.IsEmpty;

    /// <summary>The rules of <paramref name="property"/>, or null when it has no <c>[MmpMember]</c>.</summary>
    public static MemberRules? Read(IPropertySymbol property, MmpSymbols symbols)
    {
        MemberRules? rules = null;
        var alternatives = ImmutableArray.CreateBuilder<MmpStringRule>();
        var keyTypes = ImmutableArray.CreateBuilder<(string, string)>();
        MmpStringRule? items = null;
        foreach (var attribute in property.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Member))
            {
                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string json)
                    return null;
                rules = new MemberRules(json);
                foreach (var named in attribute.NamedArguments)
                    rules.Apply(named.Key, named.Value);
            }
            else if (symbols.AnyOf is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.AnyOf))
            {
                // An alternative has the member's own string rules: read it the same way, then keep its string part.
                var alternative = new MemberRules("");
                foreach (var named in attribute.NamedArguments)
                    alternative.Apply(named.Key, named.Value);
                alternatives.Add(alternative.StringRule);
            }
            else if (symbols.Items is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Items))
            {
                var itemRules = new MemberRules("");
                foreach (var named in attribute.NamedArguments)
                    itemRules.Apply(named.Key, named.Value);
                items = itemRules.StringRule;
            }
            else if (symbols.KeyType is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.KeyType)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string keyPattern && attribute.ConstructorArguments[1].Value is string jsonType)
            {
                keyTypes.Add((keyPattern, jsonType));
            }
        }
        if (rules is not null)
        {
            rules.AnyOf = alternatives.ToImmutable();
            rules.Items = items;
            rules.KeyTypes = keyTypes.ToImmutable();
        }
        return rules;
    }

    private void Apply(string name, TypedConstant value)
    {
        switch (name)
        {
            case "Pattern": Pattern = value.Value as string; break;
            case "MinLength": MinLength = value.Value is int min ? min : -1; break;
            case "MaxLength": MaxLength = value.Value is int max ? max : -1; break;
            case "Minimum": MinimumText = value.Value as string; Minimum = Number(MinimumText); break;
            case "Maximum": MaximumText = value.Value as string; Maximum = Number(MaximumText); break;
            case "Hashed": Hashed = value.Value as string; break;
            case "Timestamp": Timestamp = value.Value as string; break;
            case "MinItems": MinItems = value.Value is int items ? items : -1; break;
            case "Enum": Enum = Strings(value); break;
            case "Format": Format = value.Value as string; break;
        }
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static ImmutableArray<string> Strings(TypedConstant value)
    {
        if (value.Kind != TypedConstantKind.Array || value.IsNull)
            return ImmutableArray<string>.Empty;
        var builder = ImmutableArray.CreateBuilder<string>(value.Values.Length);
        foreach (var item in value.Values)
        {
            if (item.Value is string text)
                builder.Add(text);
        }
        return builder.ToImmutable();
    }
}
