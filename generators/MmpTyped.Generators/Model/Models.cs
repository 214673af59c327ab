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
    string? EndpointJson = null)
{
    /// <summary>Where each type is defined in the file, for diagnostics that span schemas (MMP103).</summary>
    public EquatableArray<TypePlace> Places { get; init; }

    /// <summary>The place of the type <paramref name="name"/>'s definition in the file; the file's root when it defines none.</summary>
    public LocationInfo PlaceOf(string name) =>
        LocationInfo.InSchema(FilePath, Places.FirstOrDefault(p => p.TypeName == name)?.Pointer ?? "");
}

/// <summary>
/// The JSON Pointer (<c>/properties/user</c>) of a type's definition: it names the place independently of
/// the file's layout, so a whitespace edit leaves the model equal; the span is found when reported.
/// </summary>
internal sealed record TypePlace(string TypeName, string Pointer);

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

/// <summary>
/// One JSON member of a generated class: its names and shape, and (as named properties, most of them
/// unset for most members) what else the schema or the user's class says about it.
/// </summary>
internal sealed record MemberModel(string JsonName, string PropertyName, ValueShape Shape)
{
    public string? Description { get; init; }

    public bool IsRequired { get; init; }

    public bool AllowsNull { get; init; }

    /// <summary>The platform the member belongs to (<c>x-mmp-platform</c>: <c>ios</c>, <c>android</c>).</summary>
    public string? Platform { get; init; }

    public MemberSource Source { get; init; } = MemberSource.Generated;

    /// <summary>The value written on every message (an event name, a schema's <c>const</c>).</summary>
    public string? Constant { get; init; }

    /// <summary>Why <see cref="Constant"/> (an <c>[MmpEvent]</c> name) breaks the member's rules; null when it keeps them.</summary>
    public string? ConstantProblem { get; init; }

    /// <summary>The user's property is declared nullable.</summary>
    public bool UserNullable { get; init; }

    /// <summary>The user's property has no setter or init accessor, so the parser cannot fill it.</summary>
    public bool UserReadOnly { get; init; }

    /// <summary>The member's name in an older version of the schema (<c>x-mmp-renamed-from</c>).</summary>
    public string? RenamedFrom { get; init; }
}

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
internal sealed record ValueShape(ValueKind Kind, ValueRules Rules)
{
    /// <summary>The generated type's name, for an object, enum or union.</summary>
    public string? TypeName { get; init; }

    public TimestampEncoding Timestamp { get; init; }

    /// <summary>An array's item.</summary>
    public ValueShape? Element { get; init; }

    public Lenience Lenience { get; init; }

    public InlineModel? Inline { get; init; }
}

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
internal sealed record ValueRules
{
    public static readonly ValueRules None = new();

    public EquatableArray<string> Enum { get; init; }

    public string? Pattern { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>The schema's number text, kept as written so no precision is lost before the member's C# type is known.</summary>
    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public int? MinItems { get; init; }

    public string? Format { get; init; }

    /// <summary>What the value must be a digest of (<c>x-mmp-hashed</c>: <c>email</c>, <c>phone</c>).</summary>
    public string? Hashed { get; init; }

    public int? MaxAgeHours { get; init; }

    public EquatableArray<ValueRules> AnyOf { get; init; }

    public EquatableArray<KeyRule> Keys { get; init; }
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

/// <summary>
/// One file to generate, of exactly one model: made only by the factories below, so no file carries
/// two models or none. Readers test the one they handle (<c>file.Type is { } type</c>).
/// </summary>
internal sealed record GeneratedFile
{
    private GeneratedFile(string hintName) => HintName = hintName;

    public string HintName { get; }

    public TypeModel? Type { get; private init; }

    public EnumModel? Enum { get; private init; }

    public UnionModel? Union { get; private init; }

    public EquatableArray<RecordEntry>? Records { get; private init; }

    public ViewModel? View { get; private init; }

    public static GeneratedFile Of(TypeModel type) => new(type.FullName + ".g.cs") { Type = type };

    public static GeneratedFile Of(EnumModel enumModel) => new(enumModel.FullName + ".g.cs") { Enum = enumModel };

    public static GeneratedFile Of(UnionModel union) => new(union.FullName + ".g.cs") { Union = union };

    public static GeneratedFile Of(ViewModel view) => new(view.FullName + ".g.cs") { View = view };

    /// <summary>The assembly's table of schema ids and records, under the table's full name.</summary>
    public static GeneratedFile Of(string tableName, EquatableArray<RecordEntry> records) => new(tableName + ".g.cs") { Records = records };
}

/// <summary>
/// A schema's root record, for the assembly's id → parser table. <see cref="SchemaJson"/> holds the
/// endpoint keywords of a schema MmpTyped does not ship, which the assembly registers with the runtime's
/// schema catalog.
/// </summary>
internal sealed record RecordEntry(string SchemaId, string FullTypeName, string? SchemaJson = null);
