using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Metadata;

/// <summary>
/// Per-compilation caches of what the metadata attributes say, keyed by symbol: each type's rules and
/// members, each property's value rules, each pattern's regex. Filled on first use, from any thread.
/// </summary>
internal sealed class RuleCache(MmpSymbols symbols)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<ITypeSymbol, TypeRules> _typeRules = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, Dictionary<string, IPropertySymbol>> _membersByJson = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IPropertySymbol, Holder<MemberRules>> _memberRules = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IPropertySymbol, bool> _plainSetters = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _emptyConstructors = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _appIdMethods = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, Holder<Regex>> _patterns = new(StringComparer.Ordinal);

    public MmpSymbols Symbols { get; } = symbols;

    public TypeRules RulesOf(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
            return TypeRules.None;
        if (!_typeRules.TryGetValue(named, out var rules))
            rules = _typeRules.GetOrAdd(named, TypeRules.Read(named, Symbols, this));
        return rules;
    }

    public MemberRules? MemberRulesOf(IPropertySymbol property)
    {
        if (!_memberRules.TryGetValue(property, out var rules))
            rules = _memberRules.GetOrAdd(property, new Holder<MemberRules>(MemberRules.Read(property, Symbols)));
        return rules.Value;
    }

    /// <summary>The property of <paramref name="type"/> whose <c>[MmpMember]</c> JSON name is <paramref name="json"/>.</summary>
    public IPropertySymbol? FindMember(ITypeSymbol type, string json)
    {
        if (!_membersByJson.TryGetValue(type, out var members))
            members = _membersByJson.GetOrAdd(type, IndexMembers(type));
        return members.TryGetValue(json, out var property) ? property : null;
    }

    /// <summary>
    /// Whether setting the property only stores the value: generated (<c>[MmpMember]</c>) and auto-properties.
    /// A setter of the user's own could set other members (an <c>init</c> that fills <c>User</c>).
    /// </summary>
    public bool HasPlainSetter(IPropertySymbol property)
    {
        if (!_plainSetters.TryGetValue(property, out var plain))
            plain = _plainSetters.GetOrAdd(property, MemberRulesOf(property) is not null || IsAutoProperty(property));
        return plain;
    }

    /// <summary>Whether <paramref name="constructor"/> leaves every member unset: implicit, empty, or the generator's.</summary>
    public bool IsEmptyConstructor(IMethodSymbol constructor)
    {
        if (!_emptyConstructors.TryGetValue(constructor, out var empty))
            empty = _emptyConstructors.GetOrAdd(constructor, constructor.Parameters.Length == 0 && SetsNothing(constructor));
        return empty;
    }

    /// <summary>Whether a parameter of <paramref name="method"/> carries <c>[MmpAppId]</c>.</summary>
    public bool TakesAppId(IMethodSymbol method)
    {
        if (Symbols.AppId is null)
            return false;
        if (!_appIdMethods.TryGetValue(method, out var takes))
            takes = _appIdMethods.GetOrAdd(method, HasAppIdParameter(method, Symbols.AppId));
        return takes;
    }

    public bool IsAppId(IParameterSymbol parameter) => HasAttribute(parameter, Symbols.AppId);

    /// <summary>The ECMAScript regex of a pattern (as the generated <c>Validate()</c> builds it), or null if it does not compile.</summary>
    public Regex? PatternOf(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
            regex = _patterns.GetOrAdd(pattern, new Holder<Regex>(Compile(pattern)));
        return regex.Value;
    }

    /// <summary>
    /// The JSON names a generated enum accepts, as its messages list them: the <c>Allowed</c> constant of the
    /// generator's companion class (<c>AirbridgeConsentFlagJson</c>), or null when there is none.
    /// </summary>
    public static string? AllowedOf(ITypeSymbol enumType)
    {
        var companion = enumType.ContainingNamespace?.GetTypeMembers(enumType.Name + "Json");
        if (companion is not { Length: 1 })
            return null;
        foreach (var member in companion.Value[0].GetMembers("Allowed"))
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: string allowed })
                return allowed;
        }
        return null;
    }

    private Dictionary<string, IPropertySymbol> IndexMembers(ITypeSymbol type)
    {
        var members = new Dictionary<string, IPropertySymbol>(StringComparer.Ordinal);
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol property && MemberRulesOf(property) is { } rules && !members.ContainsKey(rules.JsonName))
                    members.Add(rules.JsonName, property);
            }
        }
        return members;
    }

    private static bool IsAutoProperty(IPropertySymbol property)
    {
        if (property.SetMethod is not { } setter)
            return false;
        if (property.DeclaringSyntaxReferences.IsEmpty)
            return HasAttributeNamed(setter, "System.Runtime.CompilerServices.CompilerGeneratedAttribute");
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (syntax is ParameterSyntax)
                continue; // a record's positional property: the compiler writes it
            if (syntax is not PropertyDeclarationSyntax { AccessorList: { } accessors })
                return false;
            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Body is not null || accessor.ExpressionBody is not null)
                    return false;
            }
        }
        return true;
    }

    private static bool SetsNothing(IMethodSymbol constructor)
    {
        if (constructor.IsImplicitlyDeclared)
            return true;
        if (constructor.DeclaringSyntaxReferences.IsEmpty)
            return IsMmpGenerated(constructor.ContainingType);
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not ConstructorDeclarationSyntax { Initializer: null, ExpressionBody: null, Body.Statements.Count: 0 })
                return false;
        }
        return true;
    }

    private static bool IsMmpGenerated(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is MmpMetadataNames.GeneratorName)
                return true;
        }
        return false;
    }

    private static bool HasAppIdParameter(IMethodSymbol method, INamedTypeSymbol appId)
    {
        foreach (var parameter in method.Parameters)
        {
            if (HasAttribute(parameter, appId))
                return true;
        }
        return false;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
            return false;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                return true;
        }
        return false;
    }

    private static bool HasAttributeNamed(ISymbol symbol, string fullName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == fullName)
                return true;
        }
        return false;
    }

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A cache slot that may hold null (ConcurrentDictionary values are read through it).</summary>
    private sealed class Holder<T>(T? value)
        where T : class
    {
        public T? Value { get; } = value;
    }
}
