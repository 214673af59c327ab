using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Analyzers.Flow;

/// <summary>What is known at compile time about whether a member holds a value (is not null).</summary>
internal enum Presence
{
    Unknown,
    Set,
    NotSet,
}

/// <summary>What is known about one member's value: set or not, and the object it holds when that is known too.</summary>
internal readonly struct ValueFact(Presence presence, ObjectState? value = null)
{
    public static readonly ValueFact Unknown = new(Presence.Unknown);
    public static readonly ValueFact Set = new(Presence.Set);
    public static readonly ValueFact NotSet = new(Presence.NotSet);

    public Presence Presence { get; } = presence;

    /// <summary>The object the member holds, when it was created where the analyzer can see it.</summary>
    public ObjectState? Value { get; } = value;
}

/// <summary>
/// One object as the code builds it: made by an object creation or a <c>with</c> (at <see cref="Location"/>,
/// where a rule of this object is reported and fixed), with the members its initializer and the later assignments set.
/// </summary>
internal sealed class ObjectState(ITypeSymbol type, Location location, bool othersNotSet)
{
    private readonly Dictionary<IPropertySymbol, ValueFact> _members = new(SymbolEqualityComparer.Default);

    public ITypeSymbol Type { get; } = type;

    public Location Location { get; } = location;

    /// <summary>Whether a member no one assigned is known to be null (a creation through an empty constructor).</summary>
    public bool OthersNotSet { get; private set; } = othersNotSet;

    /// <summary>
    /// Set when code the analyzer cannot see may change this object's members (a setter of the user's own):
    /// then nothing about it, or about the objects it holds, is decided.
    /// </summary>
    public bool IsOpaque { get; private set; }

    public IEnumerable<KeyValuePair<IPropertySymbol, ValueFact>> Members => _members;

    public void Assign(IPropertySymbol property, ValueFact fact) => _members[property] = fact;

    public ValueFact Get(IPropertySymbol property) =>
        _members.TryGetValue(property, out var fact) ? fact
        : OthersNotSet ? ValueFact.NotSet
        : ValueFact.Unknown;

    public void MakeOpaque()
    {
        IsOpaque = true;
        OthersNotSet = false;
    }

    /// <summary>A copy for a <c>with</c> expression: the same member values (the objects they hold are shared, as at run time).</summary>
    public ObjectState CopyTo(Location location)
    {
        var copy = new ObjectState(Type, location, OthersNotSet) { IsOpaque = IsOpaque };
        foreach (var member in _members)
            copy._members[member.Key] = member.Value;
        return copy;
    }
}
