using System;
using System.Linq;

namespace MmpTyped.Generators.Model;

// Every model here is a value-equatable record of strings, numbers and EquatableArrays, so the
// incremental pipeline can tell an unchanged schema from a changed one. Never add an ISymbol,
// SyntaxNode, Location or Compilation: they break caching and root old compilations.

/// <summary>One schema, lowered: the types it defines, ready to emit.</summary>
internal sealed record SchemaModel(
    string SchemaId,
    string FilePath,
    string Namespace,
    string RootTypeName,
    EquatableArray<TypeModel> Types,
    EquatableArray<EnumModel> Enums,
    EquatableArray<UnionModel> Unions,
    ViewDeclaration? View = null,
    string? EndpointJson = null);

/// <summary>
/// A schema's <c>x-mmp-view</c>: a read-only interface of the root record's members, which the records of
/// the schemas in <see cref="ImplementedBy"/> implement too, reading each member under its own name or the
/// name it had before (<c>x-mmp-renamed-from</c>).
/// </summary>
internal sealed record ViewDeclaration(string InterfaceName, string? Description, EquatableArray<string> ImplementedBy);

/// <summary>A generated class: the record of the schema's root, or of a nested object.</summary>
internal sealed record TypeModel(
    string Namespace,
    string Name,
    string? Description,
    EquatableArray<MemberModel> Members,
    EquatableArray<RuleModel> Rules,
    RootModel? Root,
    EventClassDeclaration? EventClass = null)
{
    /// <summary>The schema's namespace and the type's name (for a user's class, the schema's namespace still resolves vendor types).</summary>
    public string FullName => Namespace + "." + Name;
}

/// <summary>Where a user's <c>[MmpEvent]</c> class is declared, to emit the other half of its partial declaration.</summary>
internal sealed record EventClassDeclaration(string? Namespace, EquatableArray<string> ContainingTypes, string Keyword, bool DeclaresConstructor)
{
    public string FullName(string name) =>
        "global::" + string.Join(".", new[] { Namespace }.Concat(ContainingTypes.Select(c => c.Substring(c.LastIndexOf(' ') + 1))).Append(name).Where(p => p is not null));
}

/// <summary>What only the root record carries: the endpoint's facts that validation needs.</summary>
internal sealed record RootModel(
    string SchemaId,
    int? SizeLimit,
    string? AppIdParameter,
    string? Url,
    EventSlotModel? Event,
    EquatableArray<PathParameterModel> PathParameters = default);

/// <summary>A URL path parameter's own rules (<c>x-mmp-path-parameters</c>), which <c>BuildUrl</c> checks.</summary>
internal sealed record PathParameterModel(string JsonName, int? MinLength, int? MaxLength, string? Pattern);

/// <summary>Where an <c>[MmpEvent]</c> class goes (<c>x-mmp-event</c>): dotted paths from the root.</summary>
internal sealed record EventSlotModel(string Slot, string Name, string Custom);

/// <summary>One JSON member of a generated class; <c>ConstantProblem</c> says why a constant (an event name) breaks the member's rules.</summary>
internal sealed record MemberModel(
    string JsonName,
    string PropertyName,
    string? Description,
    ValueShape Shape,
    bool IsRequired,
    bool AllowsNull,
    string? Platform,
    MemberSource Source = MemberSource.Generated,
    string? Constant = null,
    bool UserNullable = false,
    bool UserReadOnly = false,
    string? RenamedFrom = null,
    string? ConstantProblem = null);

/// <summary>Who declares a member's C# property.</summary>
internal enum MemberSource
{
    /// <summary>The generator: a property with a backing field.</summary>
    Generated,

    /// <summary>The user's <c>[MmpEvent]</c> class: the generator reads and writes the user's property.</summary>
    User,

    /// <summary>Nobody: a constant written on every message (the event name), not a property.</summary>
    Constant,

    /// <summary>
    /// Nobody: the schema's <c>const</c>, written on every message, not a property. Unlike the event name,
    /// a parsed message with another value is no parse error: the value is kept and reported (MMP004).
    /// </summary>
    SchemaConstant,
}

/// <summary>How a value looks in C# and on the wire, and what the vendor accepts.</summary>
internal sealed record ValueShape(
    ValueKind Kind,
    string? TypeName,
    TimestampEncoding Timestamp,
    ValueShape? Element,
    Lenience Lenience,
    ValueRules Rules,
    InlineModel? Inline = null);

/// <summary>
/// An object written inside its parent's class rather than as a type of its own: the objects on the way
/// to an <c>[MmpEvent]</c> class's slot (Airbridge <c>eventData</c>, <c>goal</c>). <see cref="Key"/> is a
/// C# identifier unique in the class (<c>EventData_Goal</c>); members it meets that it does not know are
/// kept in a bag of its own. An open inline object takes any key; one <see cref="AsJsonString"/> is
/// written as JSON inside a string (AppsFlyer <c>eventValue</c>).
/// </summary>
internal sealed record InlineModel(string Key, EquatableArray<MemberModel> Members, EquatableArray<RuleModel> Rules, bool AsJsonString);

internal enum ValueKind
{
    String,
    Int32,
    Int64,
    Double,
    Decimal,
    Boolean,
    Guid,
    Timestamp,
    Enum,
    Object,
    Attributes,
    JsonString,
    Array,
    Union,
    Inline,
}

internal enum TimestampEncoding
{
    None,
    UnixMilliseconds,
    UnixSecondsOrMilliseconds,
    AfDateTime,
    AfDateTimeOffset,
}

/// <summary>The extra wire forms an inbound member accepts (<c>x-mmp-lenient</c>).</summary>
internal enum Lenience
{
    None,
    Boolean,
    Number,
    Json,
}

/// <summary>
/// The value rules of a member (MMP004 and friends). <see cref="AnyOf"/> holds alternatives
/// ("a standard category, or a custom one matching this pattern"): one of them must hold.
/// </summary>
internal sealed record ValueRules(
    EquatableArray<string> Enum,
    string? Pattern,
    int? MinLength,
    int? MaxLength,
    string? Minimum,
    string? Maximum,
    int? MinItems,
    string? Format,
    string? Hashed,
    int? MaxAgeHours,
    EquatableArray<ValueRules> AnyOf,
    EquatableArray<KeyRule> Keys = default)
{
    public static readonly ValueRules None = new(
        EquatableArray<string>.Empty, null, null, null, null, null, null, null, null, null, EquatableArray<ValueRules>.Empty);
}

/// <summary>An open object's rule for the keys matching <see cref="Pattern"/> (<c>patternProperties</c>): their JSON type.</summary>
internal sealed record KeyRule(string Pattern, string JsonType);

/// <summary>
/// A conditional rule of an object: an identifier group (one branch must hold), companions (when the
/// trigger is set, the one branch must hold), or "only one of" (the one branch must not hold whole).
/// A branch holds when every path in it is set.
/// </summary>
internal sealed record RuleModel(
    RuleKind Kind,
    string Name,
    MemberPath? Trigger,
    EquatableArray<RuleBranch> Branches);

internal sealed record RuleBranch(EquatableArray<MemberPath> Paths);

internal enum RuleKind
{
    /// <summary>At least one branch holds (MMP001).</summary>
    IdentifierGroup,

    /// <summary>When the trigger is set, the branch holds too (MMP002).</summary>
    Companions,

    /// <summary>The branch does not hold: its members are not all set together (MMP004).</summary>
    Exclusive,
}

/// <summary>A dotted JSON path from an object (<c>device.deviceUUID</c>) and the C# properties along it.</summary>
internal sealed record MemberPath(string JsonPath, EquatableArray<string> Properties);

/// <summary>A closed set of strings, generated as a C# enum written as the exact vendor strings.</summary>
internal sealed record EnumModel(string Namespace, string Name, string? Description, EquatableArray<EnumMemberModel> Members)
{
    public string FullName => Namespace + "." + Name;
}

internal sealed record EnumMemberModel(string Name, string Value);

/// <summary>A value the vendor accepts in several JSON kinds (AppsFlyer <c>sharing_filter</c>: <c>"all"</c> or a list).</summary>
internal sealed record UnionModel(string Namespace, string Name, string? Description, EquatableArray<UnionBranchModel> Branches)
{
    public string FullName => Namespace + "." + Name;
}

internal sealed record UnionBranchModel(string PropertyName, ValueShape Shape);

/// <summary>One file to generate: exactly one of the models is set.</summary>
internal sealed record GeneratedFile(string HintName, TypeModel? Type, EnumModel? Enum, UnionModel? Union, EquatableArray<RecordEntry>? Records = null, ViewModel? View = null);

/// <summary>
/// A schema's root record, for the assembly's id → parser table. <see cref="SchemaJson"/> holds the
/// endpoint keywords of a schema MmpTyped does not ship, which the assembly registers with the runtime's
/// schema catalog.
/// </summary>
internal sealed record RecordEntry(string SchemaId, string FullTypeName, string? SchemaJson = null);
