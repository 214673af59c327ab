using Microsoft.CodeAnalysis;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Metadata;

/// <summary>
/// The MmpTyped types the analyzer reads, resolved once per compilation. Null when the compilation does
/// not reference MmpTyped: then there is nothing to analyze.
/// </summary>
internal sealed class MmpSymbols
{
    private MmpSymbols(INamedTypeSymbol member, Compilation compilation)
    {
        Member = member;
        IdentifierGroup = compilation.GetTypeByMetadataName(MmpMetadataNames.IdentifierGroupAttribute);
        Companions = compilation.GetTypeByMetadataName(MmpMetadataNames.CompanionsAttribute);
        Exclusive = compilation.GetTypeByMetadataName(MmpMetadataNames.ExclusiveAttribute);
        AppId = compilation.GetTypeByMetadataName(MmpMetadataNames.AppIdAttribute);
        AnyOf = compilation.GetTypeByMetadataName(MmpMetadataNames.AnyOfAttribute);
        Items = compilation.GetTypeByMetadataName(MmpMetadataNames.ItemsAttribute);
        KeyType = compilation.GetTypeByMetadataName(MmpMetadataNames.KeyTypeAttribute);
        Event = compilation.GetTypeByMetadataName(MmpMetadataNames.EventInterface);
        GenericEvent = compilation.GetTypeByMetadataName(MmpMetadataNames.GenericEventInterface);
    }

    /// <summary><c>[MmpMember]</c> on every generated property: its JSON name and value rules.</summary>
    public INamedTypeSymbol Member { get; }

    public INamedTypeSymbol? IdentifierGroup { get; }

    public INamedTypeSymbol? Companions { get; }

    public INamedTypeSymbol? Exclusive { get; }

    public INamedTypeSymbol? AppId { get; }

    /// <summary><c>[MmpAnyOf]</c>: one alternative of a string member's <c>anyOf</c> (absent in an older MmpTyped).</summary>
    public INamedTypeSymbol? AnyOf { get; }

    /// <summary><c>[MmpItems]</c>: the string rules of each item of a list member (absent in an older MmpTyped).</summary>
    public INamedTypeSymbol? Items { get; }

    /// <summary><c>[MmpKeyType]</c>: the JSON type of an open object's values under the keys of a pattern (absent in an older MmpTyped).</summary>
    public INamedTypeSymbol? KeyType { get; }

    /// <summary><c>IMmpEvent</c>: a value converted to it is an event on its way out (serialized, validated, sent).</summary>
    public INamedTypeSymbol? Event { get; }

    public INamedTypeSymbol? GenericEvent { get; }

    public static MmpSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName(MmpMetadataNames.MemberAttribute) is { } member ? new MmpSymbols(member, compilation) : null;

    /// <summary>Whether <paramref name="type"/> is <c>IMmpEvent</c> or <c>IMmpEvent&lt;T&gt;</c>.</summary>
    public bool IsEventInterface(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && (SymbolEqualityComparer.Default.Equals(named, Event)
            || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, GenericEvent));

    /// <summary>Whether <paramref name="type"/> is the event interface, or a type parameter constrained to it.</summary>
    public bool IsEventSink(ITypeSymbol? type)
    {
        if (IsEventInterface(type))
            return true;
        if (type is not ITypeParameterSymbol parameter)
            return false;
        foreach (var constraint in parameter.ConstraintTypes)
        {
            if (IsEventInterface(constraint))
                return true;
        }
        return false;
    }

    /// <summary>Whether the type implements <c>IMmpEvent</c>.</summary>
    public bool IsEvent(ITypeSymbol? type)
    {
        if (type is null || Event is null)
            return false;
        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, Event))
                return true;
        }
        return false;
    }
}
