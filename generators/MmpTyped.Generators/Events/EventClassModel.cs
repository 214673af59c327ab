using System.Linq;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Events;

/// <summary>
/// An <c>[MmpEvent]</c> class as the generator needs it (<see cref="NameLocation"/> is the event name's
/// argument, where a name the vendor refuses is reported), read from its symbol into plain values: no
/// symbol or syntax node survives the transform, so the model is cacheable.
/// </summary>
internal sealed record EventClassModel(
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string Name,
    string Keyword,
    string SchemaId,
    string EventName,
    EquatableArray<UserPropertyModel> Properties,
    bool DeclaresConstructor,
    LocationInfo? Location,
    LocationInfo? NameLocation,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<EventVendorModel> Vendors = default,
    RecordCopy? Copy = null)
{
    /// <summary>True when the class declares several vendors (several <c>[MmpEvent]</c>s): it is then completed with one record per vendor instead of one envelope.</summary>
    public bool IsMultiVendor => Vendors.Count > 1;

    /// <summary>The class's name for hint names and messages: <c>Shop.Orders.Purchase</c>.</summary>
    public string DisplayName =>
        string.Join(".", new[] { Namespace }.Concat(ContainingTypes.Select(c => c.Substring(c.LastIndexOf(' ') + 1))).Append(Name).Where(p => p is not null));
}

/// <summary>One <c>[MmpEvent(schema, name)]</c> of a class, with where its event name is written (for MMP004).</summary>
internal sealed record EventVendorModel(string SchemaId, string EventName, LocationInfo? Location, LocationInfo? NameLocation);

/// <summary>One <c>[MmpField]</c> of a property: the vendor it is for (null: the class's one vendor) and the path.</summary>
internal sealed record FieldPlacement(string? SchemaId, string Path, LocationInfo? Location);

/// <summary>
/// One property the user declared. <see cref="TypeName"/> is the fully qualified type without its
/// nullability (<c>decimal</c>, <c>string</c>, <c>global::System.Guid</c>), to compare with the schema's.
/// <see cref="FieldPath"/> is the one-vendor class's path; a multi-vendor class reads <see cref="Placements"/>.
/// </summary>
internal sealed record UserPropertyModel(
    string Name,
    string? FieldPath,
    string TypeName,
    bool IsNullable,
    bool HasSetter,
    LocationInfo? Location,
    EquatableArray<FieldPlacement> Placements = default);

/// <summary>
/// How a record class's copy constructor (the one a <c>with</c> expression calls) copies the user's own state, so
/// that the generated half can declare it and give the copy a message of its own: one assignment per instance
/// field or auto-property, <c>base(original)</c> when the record derives from another, private when sealed.
/// </summary>
internal sealed record RecordCopy(EquatableArray<string> Assignments, bool CallsBase, bool IsSealed);
