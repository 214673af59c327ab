namespace MmpTyped.Generators.Model;

/// <summary>
/// A view interface, ready to emit: its members (the owner's, all nullable), and for each implementing
/// record where every member is read from.
/// </summary>
internal sealed record ViewModel(
    string Namespace,
    string Name,
    string? Description,
    string OwnerType,
    EquatableArray<ViewMemberModel> Members,
    EquatableArray<ViewImplementerModel> Implementers,
    EquatableArray<ExclusiveName> ExclusiveNames)
{
    public string FullName => Namespace + "." + Name;
}

/// <summary>
/// One member of a view: its C# type as the view exposes it (nullable), the JSON name, and whether the
/// owner's own property has another type (a required value type), which then needs an explicit implementation.
/// </summary>
internal sealed record ViewMemberModel(string PropertyName, string JsonName, string Type, string? Description, bool OwnerNeedsExplicit);

/// <summary>A record that implements the view by reading other members.</summary>
internal sealed record ViewImplementerModel(string SchemaId, string TypeName, EquatableArray<ViewReadModel> Reads);

/// <summary>Where the implementer reads one view member: the first of <see cref="Sources"/> that has a value; none reads null.</summary>
internal sealed record ViewReadModel(string PropertyName, EquatableArray<ViewSourceModel> Sources);

/// <summary>
/// One property of the implementer. An enum of the implementer's own is converted to the view's enum by
/// vendor string (<see cref="EnumMap"/> pairs the member names); a vendor string the view's enum lacks reads null.
/// </summary>
/// A required value-type property (<see cref="AlwaysSet"/>) is never null, so it is read through a cast.
internal sealed record ViewSourceModel(string PropertyName, string JsonName, string? FromEnum, string? ToEnum, EquatableArray<EnumMemberPair> EnumMap, bool AlwaysSet = false);

internal sealed record EnumMemberPair(string From, string To);

/// <summary>A member name that only one of the view's schemas has: meeting it in a message tells which record the message is.</summary>
internal sealed record ExclusiveName(string JsonName, string SchemaId);
