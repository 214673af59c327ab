using Microsoft.CodeAnalysis;

namespace MmpTyped.Analyzers.Metadata;

/// <summary>
/// The MmpTyped types the analyzer reads, resolved once per compilation. Null when the compilation does
/// not reference MmpTyped: then there is nothing to analyze.
/// </summary>
internal sealed class MmpSymbols
{
    private const string Runtime = "MmpTyped.Runtime.";

    private MmpSymbols(INamedTypeSymbol member, Compilation compilation)
    {
        Member = member;
        IdentifierGroup = compilation.GetTypeByMetadataName(Runtime + "MmpIdentifierGroupAttribute");
        Companions = compilation.GetTypeByMetadataName(Runtime + "MmpCompanionsAttribute");
        Exclusive = compilation.GetTypeByMetadataName(Runtime + "MmpExclusiveAttribute");
        AppId = compilation.GetTypeByMetadataName(Runtime + "MmpAppIdAttribute");
        Event = compilation.GetTypeByMetadataName("MmpTyped.IMmpEvent");
        GenericEvent = compilation.GetTypeByMetadataName("MmpTyped.IMmpEvent`1");
    }

    /// <summary><c>[MmpMember]</c> on every generated property: its JSON name and value rules.</summary>
    public INamedTypeSymbol Member { get; }

    public INamedTypeSymbol? IdentifierGroup { get; }

    public INamedTypeSymbol? Companions { get; }

    public INamedTypeSymbol? Exclusive { get; }

    public INamedTypeSymbol? AppId { get; }

    /// <summary><c>IMmpEvent</c>: a value converted to it is an event on its way out (serialized, validated, sent).</summary>
    public INamedTypeSymbol? Event { get; }

    public INamedTypeSymbol? GenericEvent { get; }

    public static MmpSymbols? Resolve(Compilation compilation) =>
        compilation.GetTypeByMetadataName(Runtime + "MmpMemberAttribute") is { } member ? new MmpSymbols(member, compilation) : null;

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
